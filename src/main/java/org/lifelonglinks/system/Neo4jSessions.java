package org.lifelonglinks.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

/**
 * Browser sessions kept in Neo4j, so that signing in through one instance of the service holds on the next request
 * to another ({@code :HttpSession}, unique {@code id}, indexed by {@code principal} and {@code expiresAt}).
 *
 * <ul>
 *   <li>A session's attributes (the signed-in user, what the sign-in form remembers) are one serialised blob,
 *   written only when an attribute was set or removed.</li>
 *   <li>The last use is written when it moved on by more than {@link #TOUCH_EVERY}, not on every request: a session
 *   may therefore end up to that much before its timeout, never after it.</li>
 *   <li>A new id on sign-in (protection against session fixation) renames the stored session.</li>
 *   <li>Expired sessions answer as absent and are deleted; a sweep deletes the ones nobody came back for.</li>
 *   <li>Reads go to the cluster's leader: a session made through one instance must be found by the next request to
 *   another, which holds no bookmark of that write.</li>
 *   <li>Session ids are never logged.</li>
 * </ul>
 *
 * <p>Time is the wall clock, not the service's {@link java.time.Clock} bean (tests move that one by days).
 */
public final class Neo4jSessions implements FindByIndexNameSessionRepository<Neo4jSessions.StoredSession> {

    private static final Logger log = LoggerFactory.getLogger(Neo4jSessions.class);
    static final Duration TOUCH_EVERY = Duration.ofSeconds(30);
    private static final QueryConfig LEADER = QueryConfig.builder().withRouting(RoutingControl.WRITE).build();

    private final Driver driver;
    private final Duration timeout;

    Neo4jSessions(Driver driver, Duration timeout) {
        this.driver = driver;
        this.timeout = timeout;
    }

    @Override
    public StoredSession createSession() {
        var session = new MapSession();
        session.setMaxInactiveInterval(timeout);
        return new StoredSession(session, null, null);
    }

    @Override
    public void save(StoredSession session) {
        var s = session.session;
        long lastAccessed = s.getLastAccessedTime().toEpochMilli();
        boolean touch = session.storedLastAccess == null
                || lastAccessed - session.storedLastAccess >= TOUCH_EVERY.toMillis();
        var parameters = new HashMap<String, Object>();
        parameters.put("id", s.getId());
        parameters.put("lastAccessed", lastAccessed);
        parameters.put("maxInactive", s.getMaxInactiveInterval().toSeconds());
        parameters.put("expiresAt", lastAccessed + s.getMaxInactiveInterval().toMillis());
        if (session.storedId == null) {
            parameters.put("created", s.getCreationTime().toEpochMilli());
            parameters.put("attributes", serialise(s));
            parameters.put("principal", principalOf(s));
            driver.executableQuery("""
                            CREATE (x:HttpSession {id: $id})
                            SET x.created = $created, x.lastAccessed = $lastAccessed, x.maxInactive = $maxInactive,
                                x.expiresAt = $expiresAt, x.attributes = $attributes, x.principal = $principal
                            """)
                    .withParameters(parameters).withConfig(LEADER).execute();
        } else {
            boolean renamed = !s.getId().equals(session.storedId);
            if (!renamed && !session.attributesChanged && !touch) {
                return;
            }
            parameters.put("originalId", session.storedId);
            parameters.put("changed", session.attributesChanged);
            parameters.put("attributes", session.attributesChanged ? serialise(s) : null);
            parameters.put("principal", principalOf(s));
            // A session deleted meanwhile (signed out elsewhere, its account changed) stays deleted.
            driver.executableQuery("""
                            MATCH (x:HttpSession {id: $originalId})
                            SET x.id = $id, x.lastAccessed = $lastAccessed, x.maxInactive = $maxInactive,
                                x.expiresAt = $expiresAt
                            FOREACH (ignored IN CASE WHEN $changed THEN [1] ELSE [] END |
                                SET x.attributes = $attributes, x.principal = $principal)
                            """)
                    .withParameters(parameters).withConfig(LEADER).execute();
        }
        session.saved(lastAccessed);
    }

    @Override
    public StoredSession findById(String id) {
        var found = driver.executableQuery("MATCH (x:HttpSession {id: $id}) RETURN x")
                .withParameters(Map.of("id", id)).withConfig(LEADER).execute().records();
        if (found.isEmpty()) {
            return null;
        }
        Value x = found.getFirst().get("x");
        var session = new MapSession(id);
        session.setCreationTime(Instant.ofEpochMilli(x.get("created").asLong()));
        session.setLastAccessedTime(Instant.ofEpochMilli(x.get("lastAccessed").asLong()));
        session.setMaxInactiveInterval(Duration.ofSeconds(x.get("maxInactive").asLong()));
        if (session.isExpired()) {
            deleteById(id);
            return null;
        }
        Map<String, Object> attributes;
        try {
            attributes = deserialise(x.get("attributes").asByteArray());
        } catch (RuntimeException e) {
            // Written by a version of the service whose classes changed: the user signs in again.
            log.info("A stored browser session could not be read ({}); it is ended", e.getClass().getSimpleName());
            deleteById(id);
            return null;
        }
        attributes.forEach(session::setAttribute);
        return new StoredSession(session, id, session.getLastAccessedTime().toEpochMilli());
    }

    @Override
    public void deleteById(String id) {
        driver.executableQuery("MATCH (x:HttpSession {id: $id}) DELETE x")
                .withParameters(Map.of("id", id)).withConfig(LEADER).execute();
    }

    @Override
    public Map<String, StoredSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        if (!PRINCIPAL_NAME_INDEX_NAME.equals(indexName)) {
            return Map.of();
        }
        var sessions = new LinkedHashMap<String, StoredSession>();
        driver.executableQuery("MATCH (x:HttpSession {principal: $name}) RETURN x.id AS id")
                .withParameters(Map.of("name", indexValue)).withConfig(LEADER).execute().records()
                .forEach(r -> {
                    var session = findById(r.get("id").asString());
                    if (session != null) {
                        sessions.put(session.getId(), session);
                    }
                });
        return sessions;
    }

    /** Ends every session of this user, on every instance; returns how many. */
    public long deleteByPrincipalName(String username) {
        return driver.executableQuery("""
                        MATCH (x:HttpSession {principal: $name})
                        DELETE x
                        RETURN count(*) AS ended
                        """)
                .withParameters(Map.of("name", username)).withConfig(LEADER).execute()
                .records().getFirst().get("ended").asLong();
    }

    /** Deletes sessions nobody came back for, a batch at a time. */
    @Scheduled(fixedDelay = 600_000, initialDelay = 60_000)
    void deleteExpired() {
        long deleted;
        do {
            deleted = driver.executableQuery("""
                            MATCH (x:HttpSession)
                            WHERE x.expiresAt < $now
                            WITH x
                            LIMIT 1000
                            DELETE x
                            RETURN count(*) AS deleted
                            """)
                    .withParameters(Map.of("now", System.currentTimeMillis())).execute()
                    .records().getFirst().get("deleted").asLong();
        } while (deleted == 1000);
    }

    private static String principalOf(Session session) {
        Object context = session.getAttribute("SPRING_SECURITY_CONTEXT");
        return context instanceof SecurityContext security && security.getAuthentication() != null
                ? security.getAuthentication().getName() : null;
    }

    private static byte[] serialise(Session session) {
        var attributes = new HashMap<String, Object>();
        for (String name : session.getAttributeNames()) {
            attributes.put(name, session.getAttribute(name));
        }
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(attributes);
        } catch (IOException e) {
            throw new UncheckedIOException("A session attribute cannot be stored", e);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deserialise(byte[] bytes) {
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws IOException,
                    ClassNotFoundException {
                return Class.forName(desc.getName(), false, Neo4jSessions.class.getClassLoader());
            }
        }) {
            return (Map<String, Object>) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A session as the request sees it, noting what changed so {@link #save} writes only that. */
    public static final class StoredSession implements Session {

        private final MapSession session;
        /** The id it is stored under; null until it is first stored. */
        private String storedId;
        private boolean attributesChanged;
        private Long storedLastAccess;

        StoredSession(MapSession session, String storedId, Long storedLastAccess) {
            this.session = session;
            this.storedId = storedId;
            this.storedLastAccess = storedLastAccess;
        }

        void saved(long lastAccessed) {
            if (storedId == null || storedLastAccess == null
                    || lastAccessed - storedLastAccess >= TOUCH_EVERY.toMillis()) {
                storedLastAccess = lastAccessed;
            }
            storedId = session.getId();
            attributesChanged = false;
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return session.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            session.setAttribute(name, value);
            attributesChanged = true;
        }

        @Override
        public void removeAttribute(String name) {
            session.removeAttribute(name);
            attributesChanged = true;
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            session.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
