package org.lifelonglinks.system;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Keeps background jobs as {@code :BackgroundJob} nodes. */
@Repository
final class GraphJobStore implements JobStore {

    private final Driver driver;

    GraphJobStore(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void create(StoredJob job) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", job.id());
        parameters.put("owner", job.owner());
        parameters.put("kind", job.kind());
        parameters.put("state", job.state().name());
        parameters.put("phase", job.phase());
        parameters.put("parameterNames", List.copyOf(job.parameters().keySet()));
        parameters.put("parameterValues", job.parameters().keySet().stream().map(job.parameters()::get).toList());
        parameters.put("upload", job.upload());
        parameters.put("ifInterrupted", job.ifInterrupted());
        parameters.put("startedAt", job.startedAt().atZone(ZoneOffset.UTC));
        parameters.put("instance", job.instance());
        parameters.put("leaseUntil", job.leaseUntil().atZone(ZoneOffset.UTC));
        driver.executableQuery("""
                        CREATE (j:BackgroundJob {id: $id})
                        SET j.owner = $owner, j.kind = $kind, j.state = $state, j.phase = $phase, j.done = 0,
                            j.total = -1, j.parameterNames = $parameterNames, j.parameterValues = $parameterValues,
                            j.upload = $upload, j.ifInterrupted = $ifInterrupted, j.startedAt = $startedAt,
                            j.instance = $instance, j.leaseUntil = $leaseUntil
                        """)
                .withParameters(parameters)
                .execute();
    }

    @Override
    public void progress(String id, String phase, long done, long total) {
        driver.executableQuery("""
                        MATCH (j:BackgroundJob {id: $id})
                        WHERE j.state = 'RUNNING'
                        SET j.phase = $phase, j.done = $done, j.total = $total
                        """)
                .withParameters(Map.of("id", id, "phase", phase, "done", done, "total", total))
                .execute();
    }

    @Override
    public void finish(String id, BackgroundJobs.State state, String phase, String result, String problem,
            Instant at) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("state", state.name());
        parameters.put("phase", phase);
        parameters.put("result", result);
        parameters.put("problem", problem);
        parameters.put("at", at.atZone(ZoneOffset.UTC));
        driver.executableQuery("""
                        MATCH (j:BackgroundJob {id: $id})
                        SET j.state = $state, j.phase = $phase, j.result = $result, j.problem = $problem,
                            j.finishedAt = $at
                        """)
                .withParameters(parameters)
                .execute();
    }

    @Override
    public void renew(Collection<String> ids, String instance, Instant until) {
        if (ids.isEmpty()) {
            return;
        }
        driver.executableQuery("""
                        MATCH (j:BackgroundJob)
                        WHERE j.id IN $ids AND j.state = 'RUNNING' AND j.instance = $instance
                        SET j.leaseUntil = $until
                        """)
                .withParameters(Map.of("ids", List.copyOf(ids), "instance", instance,
                        "until", until.atZone(ZoneOffset.UTC)))
                .execute();
    }

    @Override
    public List<Claimed> claimAbandoned(String instance, boolean ownToo, Instant now, Instant until) {
        // The first SET takes each job's write lock; the WHERE after it reads the job again under that lock, so of
        // two instances sweeping at once only one takes a job over.
        return driver.executableQuery("""
                        MATCH (j:BackgroundJob {state: 'RUNNING'})
                        WHERE ($ownToo AND j.instance = $instance)
                           OR (coalesce(j.instance, '') <> $instance AND coalesce(j.leaseUntil < $now, true))
                        SET j.claimedAt = $now
                        WITH j
                        WHERE j.state = 'RUNNING'
                          AND (($ownToo AND j.instance = $instance)
                               OR (coalesce(j.instance, '') <> $instance AND coalesce(j.leaseUntil < $now, true)))
                        WITH j, j.instance AS previous
                        SET j.instance = $instance, j.leaseUntil = $until
                        RETURN j, previous
                        ORDER BY j.startedAt
                        """)
                .withParameters(Map.of("instance", instance, "ownToo", ownToo, "now", now.atZone(ZoneOffset.UTC),
                        "until", until.atZone(ZoneOffset.UTC)))
                .execute()
                .records().stream()
                .map(r -> new Claimed(toJob(r), r.get("previous").asString(null)))
                .toList();
    }

    @Override
    public StoredJob find(String id) {
        return driver.executableQuery("""
                        MATCH (j:BackgroundJob {id: $id})
                        RETURN j
                        """)
                .withParameters(Map.of("id", id))
                .execute()
                .records().stream()
                .findFirst()
                .map(GraphJobStore::toJob)
                .orElse(null);
    }

    @Override
    public void forgetFinishedBefore(Instant cutOff) {
        driver.executableQuery("""
                        MATCH (j:BackgroundJob)
                        WHERE j.finishedAt < $cutOff
                        DELETE j
                        """)
                .withParameters(Map.of("cutOff", cutOff.atZone(ZoneOffset.UTC)))
                .execute();
    }

    private static StoredJob toJob(Record record) {
        Value j = record.get("j");
        var names = j.get("parameterNames").isNull() ? List.<String>of() : j.get("parameterNames").asList(Value::asString);
        var values = j.get("parameterValues").isNull() ? List.<String>of()
                : j.get("parameterValues").asList(Value::asString);
        var parameters = new HashMap<String, String>();
        for (int i = 0; i < names.size(); i++) {
            parameters.put(names.get(i), values.get(i));
        }
        return new StoredJob(j.get("id").asString(), j.get("owner").asString(), j.get("kind").asString(),
                BackgroundJobs.State.valueOf(j.get("state").asString()), j.get("phase").asString(null),
                j.get("done").asLong(0), j.get("total").asLong(-1), Map.copyOf(parameters),
                j.get("upload").asString(null), j.get("ifInterrupted").asString(null),
                j.get("result").asString(null), j.get("problem").asString(null),
                j.get("startedAt").asZonedDateTime().toInstant(),
                j.get("finishedAt").isNull() ? null : j.get("finishedAt").asZonedDateTime().toInstant(),
                j.get("instance").asString(null),
                j.get("leaseUntil").isNull() ? null : j.get("leaseUntil").asZonedDateTime().toInstant());
    }
}
