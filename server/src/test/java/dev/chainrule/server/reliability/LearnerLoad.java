package dev.chainrule.server.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * Simulated learners running the learner loop against a server until stopped: each picks an exercise of the built-in
 * course, gets its variant (now and then a fresh one), answers (right, wrong or partly right, see {@link AnswerSheet})
 * and submits with an {@code Idempotency-Key}, then checks the grade against the grader's own. Each learner has its own cookies: a guest, or, for the
 * first {@code accounts}, an account signed up through the pages before the loop. A failed request (no reply, or a
 * 4xx/5xx) is recorded and the learner pauses briefly before its next round; a 503 must say
 * {@code database_unavailable} and carry {@code Retry-After}.
 */
final class LearnerLoad {

    static final String VARIANT = "variant";
    static final String NEW_VARIANT = "new variant";
    static final String SUBMISSION = "submission";
    /** A learner's pause after a failed request, so that a dead server is not spun against. */
    private static final long PAUSE_AFTER_FAILURE_MILLIS = 100;
    static final String PASSWORD = "reliable-learner-pw-42";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AnswerSheet sheet;
    private final List<String> exerciseIds;
    private final List<LearnerClient> clients = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
    private final List<Acknowledged> acknowledged = Collections.synchronizedList(new ArrayList<>());
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final long startNanos = System.nanoTime();
    /** When each learner last had a submission acknowledged ({@link System#nanoTime()}), or {@link Long#MIN_VALUE}. */
    private final AtomicLongArray lastAcknowledged;
    /** Each learner's submission while it waits for its reply; one that never got a reply stays. */
    private final AtomicReferenceArray<Submission> unanswered;
    private volatile boolean stopped;

    private LearnerLoad(AnswerSheet sheet, int learners) {
        this.sheet = sheet;
        this.lastAcknowledged = new AtomicLongArray(learners);
        this.unanswered = new AtomicReferenceArray<>(learners);
        for (int i = 0; i < learners; i++) {
            lastAcknowledged.set(i, Long.MIN_VALUE);
        }
        this.exerciseIds = sheet.exerciseIds();
    }

    /**
     * Starts {@code learners} learners (the first {@code accounts} of them sign up first, as {@code <tag>-<n>@example.org})
     * against the server that {@code base} names at the time of each request.
     */
    static LearnerLoad start(HttpClient http, Supplier<URI> base, AnswerSheet sheet, int learners, int accounts, String tag) {
        LearnerLoad load = new LearnerLoad(sheet, learners);
        for (int i = 0; i < learners; i++) {
            LearnerClient client = new LearnerClient(i, http, base, load.exchanges);
            load.clients.add(client);
            String email = i < accounts ? tag + "-" + i + "@example.org" : null;
            Random random = new Random(31L * i + tag.hashCode());
            Thread thread = new Thread(() -> load.run(client, email, random), "learner-" + i);
            thread.setDaemon(true);
            load.threads.add(thread);
        }
        load.threads.forEach(Thread::start);
        return load;
    }

    /** Lets the learners run for {@code duration} (a load is measured over time: there is no condition to wait on). */
    LoadResult runFor(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return stop();
    }

    /**
     * Waits until every learner has signed up (those with accounts) and had a submission acknowledged, or
     * {@code timeout} passed; whether they all have.
     */
    boolean awaitEveryLearnerSubmitting(Duration timeout) {
        return awaitEveryLearnerAcknowledgedAfter(startNanos, timeout);
    }

    /** Waits until every learner has had a submission acknowledged after {@code nanos}, or {@code timeout} passed. */
    boolean awaitEveryLearnerAcknowledgedAfter(long nanos, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!everyLearnerAcknowledgedAfter(nanos)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private boolean everyLearnerAcknowledgedAfter(long nanos) {
        for (int i = 0; i < lastAcknowledged.length(); i++) {
            long last = lastAcknowledged.get(i);
            if (last == Long.MIN_VALUE || last - nanos < 0) {
                return false;
            }
        }
        return true;
    }

    /** Stops every learner after its current request and returns what the load did. */
    LoadResult stop() {
        stopped = true;
        long stopNanos = System.nanoTime();
        for (Thread thread : threads) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                errors.add(thread.getName() + " did not stop within 60 s");
            }
        }
        synchronized (exchanges) {
            synchronized (acknowledged) {
                List<Submission> lost = new ArrayList<>();
                for (int i = 0; i < unanswered.length(); i++) {
                    if (unanswered.get(i) != null) {
                        lost.add(unanswered.get(i));
                    }
                }
                return new LoadResult(clients.size(), startNanos, stopNanos, List.copyOf(exchanges), List.copyOf(acknowledged),
                        List.copyOf(errors), List.copyOf(clients), List.copyOf(lost));
            }
        }
    }

    private void run(LearnerClient client, String email, Random random) {
        if (email != null) {
            LearnerClient.Reply signedUp = client.signUp(email, PASSWORD);
            if (signedUp.status() != 303 || client.cookie("chainrule_session") == null) {
                errors.add("learner " + client.index + " could not sign up: HTTP " + signedUp.status() + " " + abbreviate(signedUp.body()));
            }
        }
        while (!stopped) {
            if (!round(client, random) && !stopped) {
                try {
                    TimeUnit.MILLISECONDS.sleep(PAUSE_AFTER_FAILURE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** One round of the learner loop; false when a request failed. */
    private boolean round(LearnerClient client, Random random) {
        String id = exerciseIds.get(random.nextInt(exerciseIds.size()));
        String path = "/api/v1/exercises/" + id;
        LearnerClient.Reply view = random.nextInt(5) == 0 ? client.postJson(path + "/variants", "", NEW_VARIANT) : client.get(path, VARIANT);
        if (!view.ok()) {
            checkRefusal(client, view);
            return false;
        }
        JsonNode variant = read(client, view);
        if (variant == null) {
            return false;
        }
        Map<String, String> answers = sheet.answers(variant, random);
        Submission submission = new Submission(client.index, id, variant.path("variant").asInt(), answers,
                UUID.randomUUID().toString(), sheet.expected(id, AnswerSheet.params(variant), answers));
        unanswered.set(client.index, submission);
        LearnerClient.Reply reply = send(client, submission);
        if (reply.status() >= 0) {
            unanswered.set(client.index, null);
        }
        if (!reply.ok()) {
            checkRefusal(client, reply);
            return false;
        }
        Acknowledged ack = acknowledge(client, submission, reply, false);
        if (ack == null) {
            return false;
        }
        acknowledged.add(ack);
        lastAcknowledged.set(client.index, System.nanoTime());
        return true;
    }

    /** Sends a submission with its {@code Idempotency-Key}. */
    static LearnerClient.Reply send(LearnerClient client, Submission submission) {
        return client.postJson("/api/v1/exercises/" + submission.exercise() + "/submissions", body(submission.answers()), SUBMISSION,
                Map.of("Idempotency-Key", submission.key()));
    }

    /** A submission sent again: its acknowledgement, and whether the server answered from an attempt stored before. */
    record Resent(Acknowledged acknowledged, boolean replayed) {
    }

    /**
     * Sends a submission again with the same key, as a learner does whose reply was lost: the server must grade it now
     * (201) or answer from the attempt it stored before (200, {@code Idempotent-Replay}); null, with the problem added
     * to {@code problems}, when it does neither. For use once the load has stopped.
     */
    Resent resend(LearnerClient client, Submission submission, List<String> problems) {
        LearnerClient.Reply reply = send(client, submission);
        if (!reply.ok()) {
            problems.add("learner " + client.index + ": resending " + submission.exercise() + " with its key: HTTP " + reply.status()
                    + " " + abbreviate(reply.body()));
            return null;
        }
        Acknowledged ack = checked(client, submission, reply, true, problems);
        return ack == null ? null : new Resent(ack, reply.status() == 200);
    }

    /**
     * One more round for one learner, as the loop does (its current variant of {@code exercise}, answers, submit); the
     * acknowledgement, or null with the problem added to {@code problems}. For use once the load has stopped.
     */
    Acknowledged once(LearnerClient client, String exercise, Random random, List<String> problems) {
        LearnerClient.Reply view = client.get("/api/v1/exercises/" + exercise, VARIANT);
        JsonNode variant = view.status() == 200 ? read(client, view) : null;
        if (variant == null) {
            problems.add("learner " + client.index + ": its variant of " + exercise + ": HTTP " + view.status() + " " + abbreviate(view.body()));
            return null;
        }
        Map<String, String> answers = sheet.answers(variant, random);
        Submission submission = new Submission(client.index, exercise, variant.path("variant").asInt(), answers,
                UUID.randomUUID().toString(), sheet.expected(exercise, AnswerSheet.params(variant), answers));
        LearnerClient.Reply reply = send(client, submission);
        if (reply.status() != 201) {
            problems.add("learner " + client.index + ": submitting " + exercise + ": HTTP " + reply.status() + " " + abbreviate(reply.body()));
            return null;
        }
        return checked(client, submission, reply, false, problems);
    }

    private Acknowledged checked(LearnerClient client, Submission submission, LearnerClient.Reply reply, boolean replayAllowed,
                                 List<String> problems) {
        int before = errors.size();
        Acknowledged ack = acknowledge(client, submission, reply, replayAllowed);
        if (errors.size() > before) {
            problems.addAll(errors.subList(before, errors.size()));
            return null;
        }
        return ack;
    }

    /**
     * The acknowledgement of a 2xx reply, checked against the grader: 201 (or 200 replaying an earlier attempt when
     * {@code replayAllowed}), the same score, field statuses and variant; null, with an error noted, when it is not.
     */
    private Acknowledged acknowledge(LearnerClient client, Submission submission, LearnerClient.Reply reply, boolean replayAllowed) {
        JsonNode graded = read(client, reply);
        if (graded == null) {
            return null;
        }
        boolean replayed = reply.status() == 200 && "true".equals(reply.header("Idempotent-Replay"));
        List<String> repliedStatuses = new ArrayList<>();
        graded.path("fields").forEach(field -> repliedStatuses.add(field.path("status").asText()));
        if (!(reply.status() == 201 || replayAllowed && replayed) || graded.path("score").asDouble(-1) != submission.expected().score()
                || !repliedStatuses.equals(submission.statuses()) || graded.path("variant").asInt() != submission.variant()
                || !graded.path("attempt").canConvertToLong()) {
            errors.add("learner " + client.index + ": " + submission.exercise() + " answered " + submission.answers() + " got HTTP "
                    + reply.status() + " " + abbreviate(reply.body()) + "; the grader says score " + submission.expected().score()
                    + ", fields " + submission.statuses() + ", variant " + submission.variant());
        }
        return submission.acknowledged(graded.path("attempt").asLong());
    }

    /** A refusal must be a 503 that says why and when to come back; other statuses are failures the test counts. */
    private void checkRefusal(LearnerClient client, LearnerClient.Reply reply) {
        if (reply.status() != 503) {
            return;
        }
        JsonNode body = read(client, reply);
        if (body == null || !"database_unavailable".equals(body.path("error").path("code").asText())
                || body.path("error").path("message").asText().isBlank() || reply.header("Retry-After") == null) {
            errors.add("learner " + client.index + ": a 503 without code database_unavailable, a message and Retry-After: "
                    + reply.headers() + " " + abbreviate(reply.body()));
        }
    }

    private JsonNode read(LearnerClient client, LearnerClient.Reply reply) {
        try {
            return JSON.readTree(reply.body());
        } catch (IOException e) {
            errors.add("learner " + client.index + ": not JSON (HTTP " + reply.status() + "): " + abbreviate(reply.body()));
            return null;
        }
    }

    private static String body(Map<String, String> answers) {
        try {
            return JSON.writeValueAsString(Map.of("answers", answers));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
