package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// The terminal bar shows files done of total, the rate, the time left and
// the file just read, and clears its line before the summary.
func TestBarProgress(t *testing.T) {
	var buf bytes.Buffer
	p := &barProgress{w: &buf}
	p.Total(3, 3_000_000)
	p.Done(1, 1_000_000, "schedules/fosdem-2020.xml")
	time.Sleep(150 * time.Millisecond) // past the bar's redraw throttle
	p.Done(2, 2_000_000, "posts/a-rather-long-directory-name/and-a-long-file-name.md")
	out := buf.String()
	for _, want := range []string{"2/3 files", "B/s", "…", "and-a-long-file-name.md"} {
		if !strings.Contains(out, want) {
			t.Errorf("bar lacks %q: %q", want, out)
		}
	}
	p.Finish()
	end := buf.String()[len(out):]
	if !strings.HasSuffix(strings.TrimRight(end, "\r"), strings.Repeat(" ", 10)) || !strings.HasSuffix(end, "\r") {
		t.Errorf("Finish did not clear the line: %q", end)
	}
}

// Without a terminal, --progress prints plain lines: no carriage returns
// or escape codes.
func TestLineProgress(t *testing.T) {
	var buf bytes.Buffer
	p := &lineProgress{w: &buf}
	p.Total(2, 2_000_000)
	p.Done(1, 1_000_000, "a.md")
	p.Done(2, 2_000_000, "b.md")
	p.Finish()
	out := buf.String()
	if strings.ContainsAny(out, "\r\x1b") {
		t.Errorf("plain progress holds control characters: %q", out)
	}
	for _, want := range []string{"ingest: 1/2 files, 1 MB of 2 MB", "a.md\n", "2/2 files", "b.md\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("progress lacks %q: %q", want, out)
		}
	}
}
