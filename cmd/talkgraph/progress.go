package main

import (
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/talkgraph/talkgraph/ingest/pipeline"
)

// barProgress draws ingest progress on a terminal: a bar over the input
// bytes with files done of total, MB/s, the time left and the file just
// read (schedules included). It is cleared before the summary.
type barProgress struct {
	w     io.Writer
	bar   *progressbar.ProgressBar
	total int
}

var _ pipeline.Progress = (*barProgress)(nil)

func (p *barProgress) Total(files int, bytes int64) {
	p.total = files
	p.bar = progressbar.NewOptions64(max(bytes, 1),
		progressbar.OptionSetWriter(p.w),
		progressbar.OptionShowBytes(true), // decimal MB, MB/s
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetWidth(24),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionShowDescriptionAtLineEnd(),
		progressbar.OptionSetDescription(fmt.Sprintf("0/%d files", files)),
	)
}

func (p *barProgress) Done(files int, bytes int64, name string) {
	if p.bar == nil {
		return
	}
	p.bar.Describe(fmt.Sprintf("%d/%d files %s", files, p.total, shortName(name, 40)))
	p.bar.Set64(bytes)
}

func (p *barProgress) Finish() {
	if p.bar != nil {
		p.bar.Finish() // clears the line
		p.bar.Clear()
	}
}

// lineProgress prints a plain line at most once a second (and a last one),
// for a stderr that is not a terminal (--progress).
type lineProgress struct {
	w          io.Writer
	total      int
	totalBytes int64
	start      time.Time
	last       time.Time
	files      int
	bytes      int64
	name       string
}

var _ pipeline.Progress = (*lineProgress)(nil)

func (p *lineProgress) Total(files int, bytes int64) {
	p.total, p.totalBytes, p.start = files, bytes, time.Now()
}

func (p *lineProgress) Done(files int, bytes int64, name string) {
	p.files, p.bytes, p.name = files, bytes, name
	if now := time.Now(); now.Sub(p.last) >= time.Second {
		p.last = now
		p.print()
	}
}

func (p *lineProgress) print() {
	el := time.Since(p.start).Seconds()
	rate := 0.0
	if el > 0 {
		rate = float64(p.bytes) / 1e6 / el
	}
	eta := "?"
	if rate > 0 && p.bytes > 0 {
		left := float64(p.totalBytes-p.bytes) / 1e6 / rate
		eta = (time.Duration(left * float64(time.Second))).Round(time.Second).String()
	}
	fmt.Fprintf(p.w, "ingest: %d/%d files, %s of %s, %.1f MB/s, %s left: %s\n",
		p.files, p.total, formatMB(p.bytes), formatMB(p.totalBytes), rate, eta, p.name)
}

func (p *lineProgress) Finish() {
	if p.files > 0 && !p.last.IsZero() || p.files == p.total && p.total > 0 {
		p.print()
	}
}

// shortName keeps the end of a long path ("…/fosdem-2020/index.md").
func shortName(name string, n int) string {
	r := []rune(name)
	if len(r) <= n {
		return name
	}
	base := filepath.Base(name)
	if len([]rune(base)) >= n-2 {
		return "…" + string([]rune(base)[len([]rune(base))-(n-1):])
	}
	return "…" + string(r[len(r)-(n-1):])
}
