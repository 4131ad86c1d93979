package extract

import "github.com/talkgraph/talkgraph/graph/vocab"

// A vocabulary term's identifiers (encyclopedia pages, GeoNames) name the
// term's own kind of thing. A mention the post gives another class — a
// linked project named like a city ("Zorbtown" on zorbtown.example), the
// company behind a product ("chaired by Zorbware"), a project that is also
// an organisation's name — joins that entity but not the identifiers: the
// city's GeoNames page is not the project's.

// termSameAs tells whether the identifiers of a term of class tc may be
// given to an entity of class ec: the same class, or a technology's to the
// project of the same name.
func termSameAs(ec, tc vocab.Class) bool {
	return ec == tc || ec == vocab.Project && tc == vocab.Technology
}
