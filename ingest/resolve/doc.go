// Package resolve turns what package extract found in a post into stable
// identities and quads: each mention gets the IRI of the entity it names
// (the official schedule's speaker, talk, track and edition when the schedule
// index knows them; otherwise an IRI derived from the normalised name or the
// repository URL), and every quad carries its provenance (rule, confidence,
// span and the quoted sentence) in store.Fact.
//
// # Identity rules
//
//   - Event: series + year ("FOSDEM 2019"); the index's edition name when known.
//   - Track: edition + the index's official track name (matched by slug, folded
//     name or loose prefix), else the name as written without "devroom"/"track".
//   - Talk: edition + schedule slug when linked or when a quoted title matches
//     exactly one official title; else edition + its (descriptive) name.
//   - Person: the index's name for a linked speaker slug; else the name as
//     written, replaced by the edition's speaker of the same folded name (or the
//     unique speaker whose name holds all its words) when there is one; first
//     names are resolved inside the post by package extract (only when one
//     person of the post has that first name). Then the aliases file applies.
//   - Project: the repository URL (host/owner/repo), else the name.
//   - Technology, Organization, Place: the gazetteer's canonical name, else the name.
//
// # Aliases file
//
// LoadAliases reads the user's corrections, in YAML:
//
//	# names, handles, slugs or IRIs that are all one person, named by "name"
//	merge:
//	  - name: Ana-Maria Example
//	    same: [amex, "@amex", "https://w3id.org/talkgraph/id/person/ana-example"]
//	# handles (with or without "@") that name a person
//	handles:
//	  jdoe: Jane Doe
//	# in one post (its source path, URL or IRI), a name is a different person
//	split:
//	  - post: blog/2017/fosdem.rst
//	    name: Daniel
//	    as: Daniel Other
//
// Matching is case- and accent-insensitive. A split applies to the post's
// entity that carries the name (as its name or one of its aliases).
package resolve
