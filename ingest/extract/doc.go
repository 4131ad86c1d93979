// Package extract finds mentions in a parsed post: the entities it names
// (events and their editions, tracks, talks, people, organizations, projects,
// technologies, places), each with its class, the Span of text that names it,
// the rule that found it and a confidence, and the relations the post states
// between them (performer, superEvent, affiliation, location, about).
//
// It only reads the post (and a lexicon of known names); turning mentions into
// stable identities and quads is the job of package resolve. Every rule is
// general: no name, title or URL of any particular post is built in.
package extract
