// Test fixtures run side by side, two at a time: most of this project's tests wait (on a child s3notify process, a
// browser, dotnet pack), so the fixtures overlap those waits instead of adding them up (measured 2026-12-02: the tests
// outside the RealTarget category summed 452 s of durations in a 495 s wall one at a time, and spanned 381 s three at a
// time, all passing). Three at a time also let the child processes' embedded stores miss the 8 s preflight bound when the
// machine was loaded beyond 40 on its 2 cores, so two. A fixture that must be alone (a whole embedded suite, a stopped
// store's timeouts, load runs, wall-clock bounds, host-wide checks) says [NonParallelizable]; the tests inside one fixture
// still run one after another.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]
