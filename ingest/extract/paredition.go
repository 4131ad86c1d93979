package extract

import (
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// editionOfParagraph returns the edition a talk at pos is placed at by its
// paragraph in a post that reports on several editions ("QuuxConf 2023
// was huge. Jane Roe gave a talk …" and, a paragraph later, "BarCamp 2023
// started. …"): the one edition the paragraph names up to the end of the
// talk's sentence, else the one the nearest paragraph before it names,
// when it is one the post reports on. -1 when the post reports on one
// edition only, or the first paragraph naming any names several.
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
	pe := b.sentence(pos).End
	// the talk's paragraph up to its sentence, then the paragraphs before
	// it: the first that names an edition decides
	for k := 0; k < 6 && pe > 0; k++ {
		ps := strings.LastIndex(b.text[:min(pos, pe)], "\n\n") + 1
		if pe > ps {
			if ev := b.editionNamedIn(b.text[ps:pe]); ev != -1 {
				if ev < 0 || !b.res.Entities[ev].Main {
					return -1
				}
				return ev
			}
		}
		if ps == 0 {
			break
		}
		pe, pos = ps-1, ps-1
	}
	return -1
}
