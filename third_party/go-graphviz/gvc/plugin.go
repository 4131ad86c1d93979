package gvc

import (
	"context"

	"github.com/goccy/go-graphviz/internal/wasm"
)

type Plugin interface {
	raw() *wasm.PluginAPI
}

// DefaultPlugins returns the plugins gvc.New registers. talkgraph fork:
// none. Upstream registers PNG and JPG renderers drawn in Go (fogleman/gg,
// freetype, x/image fonts, found with go-findfont), whose packages every
// program linking gvc then initialised at start-up; talkgraph renders only
// SVG and the other formats Graphviz writes itself, which need no plugin.
// To render PNG or JPG, give NewWithPlugins a RenderPlugin (NewRenderPlugin)
// with a RenderEngine of your own.
func DefaultPlugins(ctx context.Context) ([]Plugin, error) {
	return nil, nil
}
