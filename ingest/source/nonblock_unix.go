//go:build unix

package source

import "syscall"

const oNonblock = syscall.O_NONBLOCK
