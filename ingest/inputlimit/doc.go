// Package inputlimit bounds what talkgraph hands to third-party parsers.
//
// Some parsers do work that grows faster than their input on hostile
// shapes: x/net/html walks its stack of open elements for every tag
// (quadratic in nesting depth), goldmark re-walks open blocks and bracket
// delimiters (quadratic in list markers on a line and in nested "["),
// BurntSushi/toml and yaml.v3 blow up on deeply nested values. Each check
// here is one linear pass that refuses such input before the parser sees
// it, with a *LimitError naming what was exceeded, where, and the limit.
package inputlimit
