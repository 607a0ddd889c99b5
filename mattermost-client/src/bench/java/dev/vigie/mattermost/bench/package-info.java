/** Benchmark of Vigie's Mattermost client against mattermost4j (profile {@code bench}; see BENCHMARKS.md). */
@NullMarked
package dev.vigie.mattermost.bench;

import org.jspecify.annotations.NullMarked;
