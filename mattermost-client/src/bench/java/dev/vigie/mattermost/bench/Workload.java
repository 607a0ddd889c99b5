package dev.vigie.mattermost.bench;

/**
 * The same workload for both clients, run in a fresh JVM: the first post as soon as possible (the parent measures
 * process start to the {@code FIRST_POST} line); then the workload (1,000 posts created, 10,000 posts read in 50
 * pages of 200) once untimed as a warm-up and {@value #REPEATS} times timed. Prints one {@code RESULT} line with
 * the median times.
 */
abstract class Workload {

    static final int POSTS = 1_000;
    static final int PAGES = 50;
    static final int PER_PAGE = 200;
    static final int REPEATS = 5;

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
        measure(); // warm-up: one full untimed workload
        long[] post = new long[REPEATS];
        long[] read = new long[REPEATS];
        for (int r = 0; r < REPEATS; r++) {
            long[] t = measure();
            post[r] = t[0];
            read[r] = t[1];
        }
        java.util.Arrays.sort(post);
        java.util.Arrays.sort(read);
        System.out.println("RESULT postNanos=" + post[REPEATS / 2] + " readNanos=" + read[REPEATS / 2]
                + " read=" + PAGES * PER_PAGE + " failed=0");
    }

    /** One timed workload: {post nanos, read nanos}. */
    private long[] measure() {
        long t0 = System.nanoTime();
        for (int i = 0; i < POSTS; i++) {
            if (!post("Incident #vigie_gg" + (21460 + i) + ": please rotate the credential.")) {
                throw new IllegalStateException("post failed");
            }
        }
        long t1 = System.nanoTime();
        int n = 0;
        for (int p = 0; p < PAGES; p++) {
            n += readPage(p);
        }
        long t2 = System.nanoTime();
        if (n != PAGES * PER_PAGE) {
            throw new IllegalStateException("read " + n + " posts");
        }
        return new long[] {t1 - t0, t2 - t1};
    }
}
