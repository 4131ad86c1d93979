package svg

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/goccy/go-graphviz"
)

// ErrEmpty is returned for empty DOT source.
var ErrEmpty = errors.New("svg: empty DOT source")

// Render lays dotSource out with the dot engine and writes it to w as SVG.
// A DOT syntax error is returned wrapped; ctx bounds the layout and render
// (Graphviz itself cannot be interrupted midway, ctx is checked around it).
func Render(ctx context.Context, dotSource []byte, w io.Writer) (err error) {
	if len(dotSource) == 0 {
		return ErrEmpty
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	gv, err := graphviz.New(ctx)
	if err != nil {
		return fmt.Errorf("svg: start graphviz: %w", err)
	}
	defer func() {
		if cerr := gv.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("svg: close graphviz: %w", cerr)
		}
	}()
	g, err := graphviz.ParseBytes(dotSource)
	if err != nil {
		return fmt.Errorf("svg: parse DOT: %w", err)
	}
	defer func() {
		if cerr := g.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("svg: close graph: %w", cerr)
		}
	}()
	bw := bufio.NewWriter(w)
	if err := gv.Render(ctx, g, graphviz.SVG, bw); err != nil {
		return fmt.Errorf("svg: render: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("svg: write: %w", err)
	}
	return nil
}
