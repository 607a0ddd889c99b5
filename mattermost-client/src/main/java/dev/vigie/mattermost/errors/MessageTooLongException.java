package dev.vigie.mattermost.errors;

/**
 * A message longer than the server accepts ({@value dev.vigie.mattermost.MattermostText#MAX_MESSAGE_CODE_POINTS}
 * code points), refused before sending. Split it and post the rest as thread replies.
 */
public class MessageTooLongException extends MattermostException {

    private static final long serialVersionUID = 1L;

    private final int codePoints;
    private final int limit;

    /**
     * @param codePoints the message's length in code points
     * @param limit the largest length accepted
     */
    public MessageTooLongException(int codePoints, int limit) {
        super("Message is " + codePoints + " code points long; Mattermost accepts at most " + limit
                + ". Split it (MattermostText.split) and post the rest as replies in the thread.");
        this.codePoints = codePoints;
        this.limit = limit;
    }

    /** The message's length in code points. */
    public int codePoints() {
        return codePoints;
    }

    /** The largest length accepted. */
    public int limit() {
        return limit;
    }
}
