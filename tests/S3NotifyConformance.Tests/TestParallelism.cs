// Test fixtures run side by side, up to three at a time: most of this project's tests wait (on a child s3notify process,
// a store's call timeout, a browser, dotnet pack), so on CI's two cores the fixtures overlap those waits instead of adding
// them up (measured 2026-12-02: the tests outside the RealTarget category summed 452 s of durations in a 495 s wall, one at
// a time). A fixture that must be alone (a whole embedded suite, wall-clock bounds, load runs, host-wide checks) says
// [NonParallelizable]; the tests inside one fixture still run one after another.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(3)]
