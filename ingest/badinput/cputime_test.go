package badinput_test

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time (user and system) the test process has used so
// far. The suite's ratios compare CPU times: a loaded machine stretches wall
// time, not the work a run does.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic("getrusage: " + err.Error())
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
