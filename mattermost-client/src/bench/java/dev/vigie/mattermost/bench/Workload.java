package dev.vigie.mattermost.bench;

/**
 * The same workload for both clients, run in a fresh JVM: the first post as soon as possible (the parent measures
 * process start to the {@code FIRST_POST} line), a warm-up, then 1,000 posts and 10,000 posts read in 50 pages of
 * 200, each timed. Prints one {@code RESULT} line.
 */
abstract class Workload {

    static final int POSTS = 1_000;
    static final int PAGES = 50;
    static final int PER_PAGE = 200;

    /** Creates one post; returns false on an API error. */
    abstract boolean post(String message);

    /** Reads one page; returns the number of posts in it (ordered by {@code order}). */
    abstract int readPage(int page);

    final void run() {
        if (!post("first post")) {
            throw new IllegalStateException("first post failed");
        }
        System.out.println("FIRST_POST");
        System.out.flush();
        for (int i = 0; i < 300; i++) {
            post("warm-up " + i);
        }
        for (int i = 0; i < 10; i++) {
            readPage(i);
        }
        int failed = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < POSTS; i++) {
            if (!post("Incident #vigie_gg" + (21460 + i) + ": please rotate the credential.")) {
                failed++;
            }
        }
        long t1 = System.nanoTime();
        int read = 0;
        for (int p = 0; p < PAGES; p++) {
            read += readPage(p);
        }
        long t2 = System.nanoTime();
        System.out.println("RESULT postNanos=" + (t1 - t0) + " readNanos=" + (t2 - t1) + " read=" + read
                + " failed=" + failed);
    }
}
