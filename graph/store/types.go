package store

import "github.com/cayleygraph/quad"

// Doc is everything one input (a post or a schedule) contributes to the
// graph: its quads, all labelled with Label, and the provenance of each.
// The store replaces a Doc's quads as a unit.
type Doc struct {
	Label  quad.IRI    // the post's or schedule's IRI; every quad's Label equals it
	Source string      // path or URL the input was read from, as given by the user
	Kind   string      // "post" or "schedule"
	Hash   string      // content hash (input bytes + extractor version); equal hash = unchanged
	Quads  []quad.Quad // the facts; duplicates are removed by the store
	Facts  []Fact      // provenance of Quads (optional; at most one per quad)
	// Attachment is an opaque blob kept with the doc in the manifest and
	// returned by Attachments (e.g. a compact index of a schedule's talks).
	Attachment []byte
}

// Fact says where a quad came from.
type Fact struct {
	Quad       int     // index into Doc.Quads
	Rule       string  // name of the extraction rule ("fosdem-speaker-link", "front-matter-author")
	Confidence float64 // 0..1
	Start, End int     // byte span of the evidence in the post's text (0,0 if none)
	Evidence   string  // the quoted sentence or field the fact came from
}

// DocInfo is what the manifest knows of a stored doc.
type DocInfo struct {
	Label  quad.IRI
	Source string
	Kind   string
	Hash   string
	Quads  int
}

// PutResult counts what a Put did.
type PutResult struct {
	Added                    int // docs new to the store
	Replaced                 int // docs whose hash changed
	Unchanged                int // docs skipped because their hash was already stored
	QuadsAdded, QuadsDeleted int
}
