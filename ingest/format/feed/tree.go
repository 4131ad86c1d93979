package feed

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"
)

// Limits that keep hostile input cheap.
const (
	maxDepth = 64
	maxNodes = 1 << 20
)

// node is one XML element with its text and children.
type node struct {
	space, local string
	attrs        []xml.Attr
	text         strings.Builder
	kids         []*node
	inner        string // raw inner XML (for Atom xhtml content)
}

// attr returns the value of the attribute with local name key.
func (n *node) attr(key string) string {
	for _, a := range n.attrs {
		if a.Name.Local == key {
			return a.Value
		}
	}
	return ""
}

// prefixes are the usual prefixes of the namespaces looked for, matched
// when a feed uses a prefix without declaring it.
var prefixes = map[string]string{nsContent: "content", nsDC: "dc", nsWP: "wp", nsAtom: "atom"}

// is reports whether k has local name local in the namespace named by a
// fragment of its URL; space "" means no namespace, the Atom namespace or
// the RSS 1.0 namespace (the feed's own elements).
func (k *node) is(space, local string) bool {
	if k.local != local {
		return false
	}
	if space == "" {
		return k.space == "" || strings.Contains(k.space, nsAtom) || strings.HasSuffix(strings.TrimRight(k.space, "/#"), "purl.org/rss/1.0")
	}
	return strings.Contains(k.space, space) || k.space == prefixes[space]
}

// child returns the first child named local in namespace space (see is).
func (n *node) child(space, local string) *node {
	for _, k := range n.kids {
		if k.is(space, local) {
			return k
		}
	}
	return nil
}

// children returns every child named local in namespace space (see is).
func (n *node) children(space, local string) []*node {
	var out []*node
	for _, k := range n.kids {
		if k.is(space, local) {
			out = append(out, k)
		}
	}
	return out
}

// textOf returns the trimmed text of the first matching child.
func (n *node) textOf(space, local string) string {
	if k := n.child(space, local); k != nil {
		return strings.TrimSpace(k.text.String())
	}
	return ""
}

// parseTree reads an XML document leniently (HTML entities, unclosed
// elements) into a tree, returning its root element.
func parseTree(data []byte) (*node, error) {
	dec := xml.NewDecoder(strings.NewReader(string(data)))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	src := string(data)
	var stack []*node
	var starts []int
	var root *node
	count := 0
	prev := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			if errors.Is(err, io.EOF) || root != nil {
				break
			}
			return nil, err
		}
		off := int(dec.InputOffset())
		switch t := tok.(type) {
		case xml.StartElement:
			count++
			if count > maxNodes {
				return root, nil
			}
			n := &node{space: t.Name.Space, local: t.Name.Local, attrs: t.Attr}
			if len(stack) > 0 {
				if len(stack) < maxDepth {
					parent := stack[len(stack)-1]
					parent.kids = append(parent.kids, n)
				}
			} else if root == nil {
				root = n
			}
			stack = append(stack, n)
			starts = append(starts, off)
		case xml.EndElement:
			if len(stack) == 0 {
				break
			}
			n := stack[len(stack)-1]
			if s := starts[len(starts)-1]; s <= prev && prev <= len(src) {
				n.inner = src[s:prev]
			}
			stack = stack[:len(stack)-1]
			starts = starts[:len(starts)-1]
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text.Write(t)
			}
		}
		prev = off
	}
	if root == nil {
		return nil, errors.New("no root element")
	}
	return root, nil
}
