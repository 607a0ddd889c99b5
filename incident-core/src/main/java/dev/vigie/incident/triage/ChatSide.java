package dev.vigie.incident.triage;

import dev.vigie.incident.Incident;
import dev.vigie.incident.port.Chat;
import dev.vigie.incident.port.ChatChannel;
import dev.vigie.incident.port.ChatMessage;
import dev.vigie.incident.port.JournalEntry;
import dev.vigie.incident.port.Marker;
import dev.vigie.incident.port.OutgoingMessage;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chat as one run sees it: the ops team's channels resolved once, team channels and channel reads cached, so a
 * run reads each channel at most once. Without a chat (a dry run with nothing configured) every lookup is empty.
 */
final class ChatSide {

    private final Optional<Chat> chat;
    private final Optional<ChatChannel> security;
    private final Optional<ChatChannel> ops;
    private final Map<String, Optional<ChatChannel>> channels = new HashMap<>();
    private final Map<String, List<ChatMessage>> reads = new HashMap<>();
    private final Map<String, Instant> readFrom = new HashMap<>();

    private ChatSide(Optional<Chat> chat, Optional<ChatChannel> security, Optional<ChatChannel> ops) {
        this.chat = chat;
        this.security = security;
        this.ops = ops;
    }

    /**
     * Resolves the security channel (and the ops channel when configured).
     *
     * @throws TriageException when the chat team or one of those channels cannot be found
     */
    static ChatSide open(Workflow workflow, String securityChannel, Optional<String> opsChannel,
            Optional<String> chatTeamOption, List<String> warnings) {
        if (workflow.chat().isEmpty()) {
            warnings.add("No chat configured: the security channel was not read, so dedupe relies on the journal "
                    + "only, and team channels were not checked.");
            return new ChatSide(Optional.empty(), Optional.empty(), Optional.empty());
        }
        Chat chat = workflow.chat().get();
        String team = chatTeamOption.or(() -> workflow.directory().chat().team()).orElseThrow(() ->
                new TriageException("No chat team for the security channel: set incident.mattermost.team, or chat.team "
                        + "at the top of the directory file."));
        ChatChannel security = chat.channel(team, securityChannel).orElseThrow(() -> new TriageException(
                "Security channel ~" + securityChannel + " was not found in chat team " + team + " (or Vigie's account "
                        + "cannot see it): check incident.securityChannel and incident.mattermost.team."));
        Optional<ChatChannel> ops = opsChannel.map(name -> chat.channel(team, name).orElseThrow(() ->
                new TriageException("Ops channel ~" + name + " was not found in chat team " + team + " (or Vigie's "
                        + "account is not a member): check incident.opsChannel.")));
        ops.filter(o -> !o.visibility().isPrivate()).ifPresent(o -> warnings.add("Ops channel ~" + o.name()
                + " is not private: PROCEDURE.md 1.1 asks for a private channel to share out the lead."));
        return new ChatSide(Optional.of(chat), Optional.of(security), ops);
    }

    static ChatSide open(Workflow workflow, TriageOptions options, List<String> warnings) {
        return open(workflow, options.securityChannel(), options.opsChannel(), options.chatTeam(), warnings);
    }

    boolean connected() {
        return chat.isPresent();
    }

    Chat chat() {
        return chat.orElseThrow();
    }

    ChatChannel security() {
        return security.orElseThrow();
    }

    Optional<ChatChannel> ops() {
        return ops;
    }

    /** A team's channel, looked up once per run. */
    Optional<ChatChannel> teamChannel(String team, String name) {
        if (chat.isEmpty()) {
            return Optional.empty();
        }
        return channels.computeIfAbsent(team + "/" + name, key -> chat.get().channel(team, name));
    }

    /** Every message of the channel since {@code from}, read once per run and filtered from the cache. */
    List<ChatMessage> messagesSince(ChatChannel channel, Instant from) {
        Instant cachedFrom = readFrom.get(channel.id());
        if (cachedFrom == null || from.isBefore(cachedFrom)) {
            reads.put(channel.id(), chat.orElseThrow().messagesSince(channel, from));
            readFrom.put(channel.id(), from);
        }
        return reads.get(channel.id()).stream().filter(m -> !m.createdAt().isBefore(from)).toList();
    }

    /**
     * Posts a message tagged with Vigie's marker; the idempotency key is derived from the marker and {@code scope},
     * so a retry of the same logical message is recognised by the chat.
     */
    ChatMessage post(ChatChannel channel, Marker marker, String scope, String text, Optional<String> rootId) {
        OutgoingMessage message = OutgoingMessage.builder().text(text).marker(marker).rootId(rootId)
                .idempotencyKey(marker.encode() + "@" + scope).build();
        return chat.orElseThrow().post(channel, message);
    }

    /** Vigie's own earlier message of this kind about all of {@code ids}, posted since {@code from}. */
    Optional<ChatMessage> findOwn(ChatChannel channel, Marker.Kind kind, List<Long> ids, Instant from) {
        return messagesSince(channel, from).stream()
                .filter(m -> m.marker().filter(mk -> mk.kind() == kind && mk.incidentIds().containsAll(ids))
                        .isPresent())
                .findFirst();
    }

    /** The journal and, when a chat is there, the security channel since the oldest leak still to check. */
    PriorNotices priorNotices(List<JournalEntry> journal, List<Incident> backlog, TriageOptions options) {
        PriorNotices journalOnly = new PriorNotices(journal, options.securityChannel());
        if (security.isEmpty()) {
            return journalOnly;
        }
        Optional<Instant> oldest = backlog.stream()
                .filter(i -> !journalOnly.completedByVigie(i, true))
                .map(Incident::date)
                .min(Instant::compareTo);
        List<ChatMessage> read = oldest.map(from -> messagesSince(security.get(), from)).orElse(List.of());
        return journalOnly.withSecurityChannel(read);
    }
}
