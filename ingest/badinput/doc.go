// Package badinput generates hostile inputs (deep nesting, runaway list
// markers, huge front matter, special files, …) for the bad-input suite,
// the fuzz seeds and the benchmarks. Every generator is deterministic and
// builds its input from a size parameter, so that a test can compare the
// time a hostile input takes with a normal post of the same size.
package badinput
