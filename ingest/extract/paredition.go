package extract

import (
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// editionOfParagraph returns the edition a talk at pos is placed at by its
// paragraph in a post that reports on several editions ("QuuxConf 2023
// was huge. Jane Roe gave a talk …" and, a paragraph later, "BarCamp 2023
// started. …"): the one edition the paragraph names up to the end of the
// talk's sentence, when it is one the post reports on. -1 when the post
// reports on one edition only, or the paragraph names none or several.
func (b *builder) editionOfParagraph(pos int) int {
	mains := 0
	for _, ev := range b.eventIdx {
		if E := &b.res.Entities[ev]; E.Class == vocab.Event && E.Main && b.canonical(ev) == ev {
			mains++
		}
	}
	if mains < 2 {
		return -1
	}
	ps := strings.LastIndex(b.text[:pos], "\n\n")
	ps++ // -1 (the first paragraph) becomes 0; else past the first '\n'
	pe := b.sentence(pos).End
	if pe <= ps {
		return -1
	}
	ev := b.editionNamedIn(b.text[ps:pe])
	if ev < 0 || !b.res.Entities[ev].Main {
		return -1
	}
	return ev
}
