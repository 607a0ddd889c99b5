package dev.vigie.incident.triage;

import dev.vigie.incident.Incident;
import dev.vigie.incident.IncidentStatus;
import dev.vigie.incident.port.ChannelVisibility;
import dev.vigie.incident.port.Chat;
import dev.vigie.incident.port.ChatChannel;
import dev.vigie.incident.port.ChatMessage;
import dev.vigie.incident.port.IncidentActions;
import dev.vigie.incident.port.IncidentQuery;
import dev.vigie.incident.port.IncidentSource;
import dev.vigie.incident.port.Journal;
import dev.vigie.incident.port.JournalEntry;
import dev.vigie.incident.port.OutgoingMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** In-memory ports for driving the workflows, with failure injection on every side effect. */
final class Fakes {

    private Fakes() {}

    /** Throws on the n-th side effect (1-based), before or after applying it; 0 = never. */
    static final class Failures {
        int failAt;
        boolean afterEffect;
        int count;

        void effect(Runnable apply) {
            count++;
            if (count == failAt && !afterEffect) {
                throw new IllegalStateException("injected failure before side effect #" + count);
            }
            apply.run();
            if (count == failAt) {
                throw new IllegalStateException("injected failure after side effect #" + count);
            }
        }
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(String instant) {
            now = Instant.parse(instant);
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static final class FakeChat implements Chat {
        final Map<String, ChatChannel> channels = new LinkedHashMap<>();
        final Map<String, List<ChatMessage>> messages = new LinkedHashMap<>();
        final List<String> joined = new ArrayList<>();
        final List<ChatMessage> posted = new ArrayList<>();
        final Failures failures;
        final Clock clock;
        int reads;

        FakeChat(Failures failures, Clock clock) {
            this.failures = failures;
            this.clock = clock;
        }

        ChatChannel add(String team, String name, ChannelVisibility visibility) {
            ChatChannel channel = ChatChannel.builder().id("ch-" + name).team(team).name(name).visibility(visibility)
                    .build();
            channels.put(team + "/" + name, channel);
            messages.put(channel.id(), new ArrayList<>());
            return channel;
        }

        void humanMessage(String channelName, String text, Instant at) {
            ChatChannel channel = channels.values().stream().filter(c -> c.name().equals(channelName)).findFirst()
                    .orElseThrow();
            messages.get(channel.id()).add(ChatMessage.builder().id("h" + at.toEpochMilli()).channelId(channel.id())
                    .text(text).createdAt(at).build());
        }

        List<ChatMessage> postedIn(String channelName) {
            return posted.stream().filter(m -> m.channelId().equals("ch-" + channelName)).toList();
        }

        @Override
        public Optional<ChatChannel> channel(String team, String name) {
            return Optional.ofNullable(channels.get(team + "/" + name));
        }

        @Override
        public void join(ChatChannel channel) {
            failures.effect(() -> joined.add(channel.name()));
        }

        @Override
        public List<ChatMessage> messagesSince(ChatChannel channel, Instant since) {
            reads++;
            return messages.get(channel.id()).stream().filter(m -> !m.createdAt().isBefore(since)).toList();
        }

        @Override
        public ChatMessage post(ChatChannel channel, OutgoingMessage message) {
            ChatMessage stored = ChatMessage.builder().id("p" + (posted.size() + 1)).channelId(channel.id())
                    .text(message.text()).createdAt(clock.instant()).rootId(message.rootId())
                    .marker(message.marker()).build();
            failures.effect(() -> {
                posted.add(stored);
                messages.get(channel.id()).add(stored);
            });
            return stored;
        }
    }

    static final class FakeGitGuardian implements IncidentSource, IncidentActions {
        final Map<Long, Incident> incidents = new LinkedHashMap<>();
        final Map<Long, List<String>> notes = new LinkedHashMap<>();
        final List<Long> sharesCreated = new ArrayList<>();
        final Map<Long, String> assigned = new LinkedHashMap<>();
        final Failures failures;

        FakeGitGuardian(Failures failures, List<Incident> backlog) {
            this.failures = failures;
            backlog.forEach(i -> incidents.put(i.id(), i));
        }

        @Override
        public Stream<Incident> incidents(IncidentQuery query) {
            return incidents.values().stream().filter(query::accepts);
        }

        @Override
        public Optional<Incident> incident(long id) {
            return Optional.ofNullable(incidents.get(id));
        }

        @Override
        public String shareWithFeedback(long id) {
            Incident incident = incidents.get(id);
            if (incident.shareUrl().isPresent()) {
                return incident.shareUrl().get();
            }
            String url = "https://dashboard.gitguardian.com/share/incidents/token-" + id;
            failures.effect(() -> {
                sharesCreated.add(id);
                incidents.put(id, Incident.builder().from(incident).shareUrl(url).build());
            });
            return url;
        }

        @Override
        public void assign(long id, String email) {
            failures.effect(() -> {
                assigned.put(id, email);
                incidents.put(id, Incident.builder().from(incidents.get(id)).status(IncidentStatus.ASSIGNED)
                        .assigneeEmail(email).build());
            });
        }

        @Override
        public List<String> notes(long id) {
            return List.copyOf(notes.getOrDefault(id, List.of()));
        }

        @Override
        public void addNote(long id, String comment) {
            failures.effect(() -> notes.computeIfAbsent(id, k -> new ArrayList<>()).add(comment));
        }

        void resolve(long id) {
            incidents.put(id, Incident.builder().from(incidents.get(id)).status(IncidentStatus.RESOLVED).build());
        }

        void answer(long id) {
            incidents.put(id, Incident.builder().from(incidents.get(id)).feedbackReceived(true).build());
        }
    }

    static final class MemoryJournal implements Journal {
        final List<JournalEntry> entries = new ArrayList<>();
        final Failures failures;

        MemoryJournal(Failures failures) {
            this.failures = failures;
        }

        @Override
        public void append(JournalEntry entry) {
            failures.effect(() -> entries.add(entry));
        }

        @Override
        public List<JournalEntry> entries() {
            return List.copyOf(entries);
        }
    }
}
