package org.lifelonglinks.tracing;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The tracing index: a Lucene index on disk holding network people and directory records, searched with
 * {@link #search(TraceQuery, Predicate)}.
 *
 * <p>Approach: Lucene fetches a few hundred candidates with a disjunction of blocking clauses (exact, nickname,
 * phonetic and fuzzy name terms; date tokens tolerant of one wrong digit or a day-month swap; postcode and town).
 * Those candidates are then re-ranked field by field with frequency-weighted evidence in bits, and each result
 * carries its reasons in plain words. A search costs a few milliseconds on a million records on two cores.
 *
 * <p>Writes are serialised, committed durably and visible to the next search at once (the reader is refreshed
 * after every commit); a bulk write is all-or-nothing. Searches run concurrently from any number of threads.
 * The directory must be dedicated to this index. I/O failures surface as {@link UncheckedIOException}.
 */
public final class TracingIndex implements AutoCloseable {

    /** The commit user data key holding the number of the last outbox change the index has applied. */
    private static final String APPLIED_CHANGE = "appliedChange";
    private static final int MIN_CANDIDATES = 100;
    private static final int MAX_CANDIDATES = 5_000;

    private final Path path;
    private final Directory directory;
    private final CandidateRetrieval retrieval;
    private final CandidateScorer scorer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final boolean rebuildRequired;
    private volatile IndexWriter writer;
    /** The last applied outbox change as committed; -1 when unknown (a new, refilling or older index). */
    private volatile long appliedChange = -1;
    private volatile SearcherManager searchers;

    private TracingIndex(Path path, Directory directory, NameTables tables, TracingRules rules,
                         boolean rebuildRequired) throws IOException {
        this.path = path;
        this.directory = directory;
        NameMatcher matcher = new NameMatcher(tables, rules);
        this.retrieval = new CandidateRetrieval(matcher);
        this.scorer = new CandidateScorer(matcher);
        this.rebuildRequired = rebuildRequired;
        openWriter();
    }

    /**
     * Opens the index in {@code dir}, creating an empty one if there is none (then {@link #rebuildRequired()} is
     * true). Checks the commit point and every segment's header on the way.
     *
     * @throws CorruptTracingIndexException if an index is there but cannot be read
     */
    public static TracingIndex open(Path dir, NameTables tables) {
        return open(dir, tables, TracingRules.ALL);
    }

    /** As {@link #open(Path, NameTables)}, matching by the given rules (the evaluation compares rule sets). */
    static TracingIndex open(Path dir, NameTables tables, TracingRules rules) {
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(rules, "rules");
        try {
            Files.createDirectories(dir);
            FSDirectory directory = FSDirectory.open(dir);
            boolean exists;
            try {
                exists = DirectoryReader.indexExists(directory);
                if (exists) {
                    DirectoryReader.open(directory).close();
                }
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                     | EOFException | NoSuchFileException e) {
                directory.close();
                throw new CorruptTracingIndexException(dir, e);
            }
            return new TracingIndex(dir, directory, tables, rules, !exists);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the tracing index in " + dir, e);
        }
    }

    /**
     * Opens the index in {@code dir}; if it is unreadable, deletes the files in {@code dir} and starts an empty
     * index, with {@link #rebuildRequired()} true so the caller refills it.
     */
    public static TracingIndex openOrRecreate(Path dir, NameTables tables) {
        try {
            return open(dir, tables);
        } catch (CorruptTracingIndexException e) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    if (Files.isRegularFile(file)) {
                        Files.delete(file);
                    }
                }
            } catch (IOException io) {
                throw new UncheckedIOException("Cannot clear the unreadable tracing index in " + dir, io);
            }
            return open(dir, tables);
        }
    }

    /**
     * The number of the last change of the graph's outbox that this index holds, as committed with the index
     * itself (so a crash cannot separate the two); -1 when not known: the index is new, is being refilled, or was
     * written before the outbox existed. Then refill it from the source records.
     */
    public long appliedChange() {
        return appliedChange;
    }

    /**
     * Applies changes from the outbox in one commit that also records {@code throughChange} as applied: either
     * all of it is durable, numbered, and visible, or none of it.
     */
    public void applyChanges(long throughChange, java.util.function.Consumer<Changes> work) {
        write(w -> {
            work.accept(new Changes() {
                @Override
                public void upsert(TraceRecord record) {
                    try {
                        w.updateDocument(new Term(RecordDocuments.KEY, Key.of(record)),
                                RecordDocuments.toDocument(record));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void delete(TraceRecord.Kind kind, String directoryName, String id) {
                    try {
                        w.deleteDocuments(new Term(RecordDocuments.KEY, Key.of(kind, directoryName, id)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            return null;
        }, throughChange);
    }

    /** Removes everything and marks the index as being refilled ({@link #appliedChange()} -1), in one commit. */
    public void clearForRefill() {
        write(w -> {
            w.deleteAll();
            return null;
        }, -1L);
    }

    /** Records that the index now holds every change through {@code change} (the end of a refill). */
    public void markApplied(long change) {
        write(w -> null, change);
    }

    /** Writes of outbox changes, applied together by {@link #applyChanges}. */
    public interface Changes {

        /** Adds the record or replaces the one with the same kind, directory and id. */
        void upsert(TraceRecord record);

        /** Removes the record if it is there. */
        void delete(TraceRecord.Kind kind, String directoryName, String id);
    }

    /**
     * Every record of one kind, in index order: how an index written before directory records were kept in the
     * graph hands them over. Reads the records' own stored form, so it is exact.
     */
    public void forEachRecord(TraceRecord.Kind kind, java.util.function.Consumer<TraceRecord> sink) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    var live = leaf.reader().getLiveDocs();
                    BinaryDocValues sources = leaf.reader().getBinaryDocValues(RecordDocuments.SOURCE);
                    if (sources == null) {
                        continue;
                    }
                    for (int doc = sources.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                         doc = sources.nextDoc()) {
                        if (live != null && !live.get(doc)) {
                            continue;
                        }
                        TraceRecord record = RecordDocuments.decode(sources.binaryValue().utf8ToString());
                        if (record.kind() == kind) {
                            sink.accept(record);
                        }
                    }
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The network people with these ids, or every network person when {@code ids} is {@code null}, read from their
     * stored form in one pass over the index: the pool a family tree's duplicate search blocks on.
     */
    List<TraceRecord> networkPeople(java.util.Collection<String> ids) {
        Query query = ids == null ? new TermQuery(new Term(RecordDocuments.KIND, TraceRecord.Kind.NETWORK_PERSON.name()))
                : new org.apache.lucene.search.TermInSetQuery(RecordDocuments.KEY, ids.stream()
                        .map(id -> new org.apache.lucene.util.BytesRef(Key.of(TraceRecord.Kind.NETWORK_PERSON, null, id)))
                        .toList());
        List<TraceRecord> found = new ArrayList<>();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                var weight = searcher.createWeight(searcher.rewrite(query),
                        org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    var scorer = weight.scorer(leaf);
                    BinaryDocValues sources = leaf.reader().getBinaryDocValues(RecordDocuments.SOURCE);
                    if (scorer == null || sources == null) {
                        continue;
                    }
                    var live = leaf.reader().getLiveDocs();
                    var docs = scorer.iterator();
                    for (int doc = docs.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                         doc = docs.nextDoc()) {
                        if ((live == null || live.get(doc)) && sources.advanceExact(doc)) {
                            found.add(RecordDocuments.decode(sources.binaryValue().utf8ToString()));
                        }
                    }
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading network people from the tracing index failed", e);
        }
        return found;
    }

    /** Whether this index started empty because none, or only an unreadable one, was on disk at opening. */
    public boolean rebuildRequired() {
        return rebuildRequired;
    }

    /** Adds the record, or replaces the one with the same kind, directory and id. Visible to searches at once. */
    public void upsert(TraceRecord record) {
        Objects.requireNonNull(record, "record");
        write(w -> {
            w.updateDocument(new Term(RecordDocuments.KEY, Key.of(record)), RecordDocuments.toDocument(record));
            return null;
        });
    }

    /**
     * Adds or replaces many records in one commit: all of them or, if anything fails, none. The fast path for
     * loading or rebuilding: tens of thousands of records a second.
     *
     * @return how many records were written
     */
    public long upsertAll(Iterable<TraceRecord> records) {
        return transaction(staging -> {
            long count = 0;
            for (TraceRecord record : records) {
                staging.stage(record);
                count++;
            }
            return count;
        });
    }

    /** As {@link #upsertAll(Iterable)}, for a stream (consumed here, not closed). */
    public long upsertAll(Stream<TraceRecord> records) {
        return upsertAll(records::iterator);
    }

    /** Removes one record; returns whether it was there. Gone from searches at once. */
    public boolean delete(TraceRecord.Kind kind, String directoryName, String id) {
        Term key = new Term(RecordDocuments.KEY, Key.of(kind, directoryName, id));
        return write(w -> {
            boolean existed = countMatching(new TermQuery(key)) > 0;
            w.deleteDocuments(key);
            return existed;
        });
    }

    /** Removes every record of a directory; returns how many there were. */
    public long deleteDirectory(String name) {
        Term term = new Term(RecordDocuments.DIRECTORY, name);
        return write(w -> {
            long existing = countMatching(new TermQuery(term));
            w.deleteDocuments(term);
            return existing;
        });
    }

    /** Removes every record of one kind, e.g. all network people before refilling them from the graph. */
    public long deleteKind(TraceRecord.Kind kind) {
        Term term = new Term(RecordDocuments.KIND, kind.name());
        return write(w -> {
            long existing = countMatching(new TermQuery(term));
            w.deleteDocuments(term);
            return existing;
        });
    }

    /** How many records of one kind the index holds. */
    public long count(TraceRecord.Kind kind) {
        try {
            return countMatching(new TermQuery(new Term(RecordDocuments.KIND, kind.name())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes everything, for a rebuild from the source records. */
    public void clear() {
        write(w -> {
            w.deleteAll();
            return null;
        });
    }

    /** How many records the index holds. */
    public long count() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The best candidates for a query, best first, among the records {@code visible} accepts (use it to keep to
     * the network people the user may see). Fetches {@code max(100, 10 × limit)} candidates and re-ranks them;
     * if too few are visible it fetches more, up to 5,000.
     */
    public List<TraceCandidate> search(TraceQuery query, Predicate<TraceRecord> visible) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(visible, "visible");
        Query lucene = retrieval.build(query);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search(searcher, query, lucene, visible);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Tracing search failed", e);
        }
    }

    /** One search on a searcher the caller holds; fetches more candidates while too few are visible. */
    private List<TraceCandidate> search(IndexSearcher searcher, TraceQuery query, Query lucene,
            Predicate<TraceRecord> visible) {
        int wanted = Math.max(MIN_CANDIDATES, 10 * query.limit());
        try {
            while (true) {
                TopDocs top = searcher.search(lucene, wanted);
                List<TraceCandidate> ranked = rank(query, searcher, top.scoreDocs, visible);
                boolean exhausted = top.scoreDocs.length < wanted;
                if (ranked.size() >= query.limit() || exhausted || wanted >= MAX_CANDIDATES) {
                    return ranked.size() > query.limit() ? ranked.subList(0, query.limit()) : ranked;
                }
                wanted = Math.min(MAX_CANDIDATES, wanted * 4);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Tracing search failed", e);
        }
    }

    /** All records may be seen: for directory-only searches and tools. */
    public List<TraceCandidate> search(TraceQuery query) {
        return search(query, record -> true);
    }

    /** Whether the index can be written and searched: false after a fatal write error (then close and reopen). */
    public boolean isHealthy() {
        IndexWriter current = writer;
        return current != null && current.isOpen() && current.getTragicException() == null;
    }

    /**
     * Reads every byte of the index and checks the checksums: finds damage that {@link #open} cannot see. Takes
     * about as long as reading the index files from disk.
     */
    public boolean verifyIntegrity() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    leaf.reader().checkIntegrity();
                }
                return true;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the tracing index in " + path, e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Stages records of one all-or-nothing write; see {@link #transaction(Function)}. */
    interface Staging {

        /** Whether a record with this key was in the index when the transaction began. */
        boolean existedBefore(TraceRecord record);

        void stage(TraceRecord record);
    }

    /**
     * Runs {@code work} as one all-or-nothing write: its staged records are committed and made visible together
     * when it returns, or rolled back, invisible to searches throughout, if it throws.
     */
    <T> T transaction(Function<Staging, T> work) {
        return write(w -> {
            IndexSearcher before = searchers.acquire();
            try {
                boolean wasEmpty = before.getIndexReader().numDocs() == 0
                        && before.getIndexReader().numDeletedDocs() == 0;
                Set<Long> seen = new HashSet<>();
                Staging staging = new Staging() {
                    @Override
                    public boolean existedBefore(TraceRecord record) {
                        try {
                            return !wasEmpty && before.count(new TermQuery(
                                    new Term(RecordDocuments.KEY, Key.of(record)))) > 0;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }

                    @Override
                    public void stage(TraceRecord record) {
                        String key = Key.of(record);
                        try {
                            // Into an empty index a key seen for the first time needs no delete: much faster.
                            if (wasEmpty && seen.add(hash(key))) {
                                w.addDocument(RecordDocuments.toDocument(record));
                            } else {
                                w.updateDocument(new Term(RecordDocuments.KEY, key),
                                        RecordDocuments.toDocument(record));
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                };
                return work.apply(staging);
            } finally {
                searchers.release(before);
            }
        });
    }

    private interface WriteAction<T> {
        T apply(IndexWriter writer) throws IOException;
    }

    private <T> T write(WriteAction<T> action) {
        return write(action, null);
    }

    /**
     * Runs {@code action} and commits; {@code applied}, when given, becomes the applied change recorded in that
     * commit. Every commit carries the applied change, so writes that are not from the outbox keep it.
     */
    private <T> T write(WriteAction<T> action, Long applied) {
        writeLock.lock();
        try {
            T result;
            long committing = applied != null ? applied : appliedChange;
            try {
                result = action.apply(writer);
                writer.setLiveCommitData(Map.of(APPLIED_CHANGE, Long.toString(committing)).entrySet());
                writer.commit();
                appliedChange = committing;
            } catch (IOException e) {
                rollBack(e);
                throw new UncheckedIOException("Tracing index write failed", e);
            } catch (RuntimeException | Error e) {
                rollBack(e);
                throw e;
            }
            searchers.maybeRefreshBlocking();
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot refresh the tracing index reader", e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Discards everything since the last commit and reopens, so a failed write leaves no trace. */
    private void rollBack(Throwable cause) {
        try {
            SearcherManager old = searchers;
            writer.rollback();
            openWriter();
            // Searches that started on the old reader finish on it; new ones use the reopened one.
            old.close();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private void openWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig()
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128)
                .setCommitOnClose(true);
        IndexWriter opened = new IndexWriter(directory, config);
        if (!DirectoryReader.indexExists(directory)) {
            opened.setLiveCommitData(Map.of(APPLIED_CHANGE, "-1").entrySet());
            opened.commit();
        }
        long committed = -1;
        Iterable<Map.Entry<String, String>> data = opened.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (entry.getKey().equals(APPLIED_CHANGE)) {
                    committed = Long.parseLong(entry.getValue());
                }
            }
        }
        this.appliedChange = committed;
        this.writer = opened;
        this.searchers = new SearcherManager(opened, null);
    }

    private long countMatching(Query query) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(query);
        } finally {
            searchers.release(searcher);
        }
    }

    private List<TraceCandidate> rank(TraceQuery query, IndexSearcher searcher, ScoreDoc[] hits,
                                      Predicate<TraceRecord> visible) throws IOException {
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(hit -> hit.doc));
        CandidateScorer.PreparedQuery prepared = scorer.prepare(query);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<TraceCandidate> ranked = new ArrayList<>(hits.length);
        int leafIndex = -1;
        LeafReaderContext leaf = null;
        BinaryDocValues sources = null;
        for (ScoreDoc hit : byDoc) {
            while (leaf == null || hit.doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(++leafIndex);
                sources = leaf.reader().getBinaryDocValues(RecordDocuments.SOURCE);
            }
            if (sources == null || !sources.advanceExact(hit.doc - leaf.docBase)) {
                continue;
            }
            TraceRecord record = RecordDocuments.decode(sources.binaryValue().utf8ToString());
            if (visible.test(record)) {
                ranked.add(scorer.score(prepared, record));
            }
        }
        ranked.sort(Comparator.comparingDouble(TraceCandidate::score).reversed()
                .thenComparing(c -> c.record().id()));
        return ranked;
    }

    private static long hash(String key) {
        long h = 1125899906842597L;
        for (int i = 0; i < key.length(); i++) {
            h = 31 * h + key.charAt(i);
        }
        return h ^ ((long) key.hashCode() << 32);
    }
}
