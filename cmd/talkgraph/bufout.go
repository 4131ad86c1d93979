package main

import "bufio"

// buffered runs fn with a.stdout buffered and flushes it once fn returns
// (on error too): a question command's hundreds of lines then cost one
// write(2) per 64 KiB instead of one per line (speakers of an edition: 600
// writes). For commands that finish quickly; not for serve or progress.
func (a *app) buffered(fn func() error) error {
	out := a.stdout
	bw := bufio.NewWriterSize(out, 64<<10)
	a.stdout = bw
	defer func() { a.stdout = out }()
	err := fn()
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	return err
}

// bufferStdout is buffered for a RunE with a named error result:
//
//	RunE: func(cmd *cobra.Command, args []string) (err error) {
//		defer a.bufferStdout(&err)()
//
// The returned func flushes and restores a.stdout, setting *err to the
// flush's error if there was none before.
func (a *app) bufferStdout(err *error) func() {
	out := a.stdout
	bw := bufio.NewWriterSize(out, 64<<10)
	a.stdout = bw
	return func() {
		a.stdout = out
		if ferr := bw.Flush(); *err == nil {
			*err = ferr
		}
	}
}
