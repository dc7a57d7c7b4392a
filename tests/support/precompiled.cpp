// The translation unit that precompiles the tests' Qt headers (tests/CMakeLists.txt, OTADASH_TEST_PCH); it
// has no code of its own.
