package extract

import (
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// speakerFirst tells whether a list line read as "Title - Speaker" is the
// other way round, "Speaker - Title": the would-be title is a name of at
// most four words that starts with a known given name (or is a person the
// post knows), and the would-be speaker does not start with one ("Jane Roe
// - Understanding Widgets").
func (b *builder) speakerFirst(title, name string) bool {
	if b.x.cfg.GivenName == nil {
		return false
	}
	tw, nw := strings.Fields(title), strings.Fields(name)
	if len(tw) < 2 || len(tw) > 4 || len(nw) == 0 || b.givenName(nw[0]) || !nameLike(title) {
		return false
	}
	if _, ok := b.lookup(vocab.Person, fold(title)); ok {
		return true
	}
	return b.givenName(tw[0]) && !b.isTerm(title)
}
