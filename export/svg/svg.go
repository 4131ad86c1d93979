package svg

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/goccy/go-graphviz"
	"github.com/goccy/go-graphviz/gvc"
)

// ErrEmpty is returned for empty DOT source.
var ErrEmpty = errors.New("svg: empty DOT source")

// graphvizMu serialises renders: go-graphviz runs one WebAssembly
// instance per process, which is not safe for concurrent calls. (The one
// package-level variable here guards that process-wide resource.)
var graphvizMu sync.Mutex

// Render lays dotSource out with the dot engine and writes it to w as SVG.
// Each text is given the width Graphviz reserved for it (textLength, from
// the same layout rendered as xdot), so a label fits its box whatever font
// the viewer substitutes for the one Graphviz measured. A DOT syntax error
// is returned wrapped; ctx is checked around the layout (Graphviz itself
// cannot be interrupted midway).
func Render(ctx context.Context, dotSource []byte, w io.Writer) (err error) {
	if len(dotSource) == 0 {
		return ErrEmpty
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	graphvizMu.Lock()
	defer graphvizMu.Unlock()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("svg: graphviz failed: %v", r)
		}
	}()
	g, err := graphviz.ParseBytes(dotSource)
	if err != nil {
		return fmt.Errorf("svg: parse DOT: %w", err)
	}
	// Close errors are not reported: go-graphviz returns Graphviz's last
	// error there, which may be left from an earlier, failed render.
	defer g.Close()
	gv, err := gvc.New(ctx)
	if err != nil {
		return fmt.Errorf("svg: start graphviz: %w", err)
	}
	defer gv.Close()
	if err := gv.Layout(ctx, g, "dot"); err != nil {
		return fmt.Errorf("svg: layout: %w", err)
	}
	defer gv.FreeLayout(ctx, g)
	var xdot, out bytes.Buffer
	if err := gv.RenderData(ctx, g, "xdot", &xdot); err != nil {
		return fmt.Errorf("svg: render xdot: %w", err)
	}
	if err := gv.RenderData(ctx, g, "svg", &out); err != nil {
		return fmt.Errorf("svg: render: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	fitted := fitText(out.Bytes(), textWidths(xdot.Bytes()))
	if _, err := w.Write(fitted); err != nil {
		return fmt.Errorf("svg: write: %w", err)
	}
	return nil
}
