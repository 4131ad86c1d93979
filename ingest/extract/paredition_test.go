package extract

import "testing"

// TestEditionOfParagraph: in a post on two editions, a talk told in a
// paragraph that names one of them is at that one.
func TestEditionOfParagraph(t *testing.T) {
	text := "This week I attended two events: SnakeCon 2031 in Basel and QuuxCamp 2031 in Ghent.\n\n" +
		"SnakeCon 2031 was huge. Jane Doe gave a talk about parsers.\n\n" +
		"Two days later QuuxCamp 2031 started. The first talk was by Marc Roe on monitoring.\n"
	r := newGenericX().Extract(mkdoc("A busy week: SnakeCon 2031 and QuuxCamp 2031", text))
	for _, tt := range []struct{ talk, edition string }{
		{"[Jane Doe on parsers]", "SnakeCon 2031"},
		{"[Marc Roe on monitoring]", "QuuxCamp 2031"},
	} {
		if !rel(r, SuperEvent, tt.talk, tt.edition) {
			t.Errorf("no superEvent(%s, %s); talks %q, events %q", tt.talk, tt.edition, names(r, "Talk"), names(r, "Event"))
		}
	}
}

// TestEditionOfParagraphOneEdition: in a post on one edition, a paragraph
// naming an earlier one does not move a talk there.
func TestEditionOfParagraphOneEdition(t *testing.T) {
	text := "SnakeCon 2031 was held in Basel.\n\n" +
		"Like SnakeCon 2030, it was huge. Jane Doe gave a talk about parsers.\n"
	r := newGenericX().Extract(mkdoc("SnakeCon 2031 notes", text))
	if rel(r, SuperEvent, "[Jane Doe on parsers]", "SnakeCon 2030") {
		t.Errorf("the talk moved to the earlier edition; events %q", names(r, "Event"))
	}
}

// TestEditionOfEarlierParagraph: a talk's paragraph that names no edition
// follows the nearest paragraph before it that names one.
func TestEditionOfEarlierParagraph(t *testing.T) {
	text := "This week I attended two events: SnakeCon 2031 in Basel and QuuxCamp 2031 in Ghent.\n\n" +
		"SnakeCon 2031 was huge. Jane Doe gave a talk about parsers.\n\n" +
		"Marc Roe presented his work on compilers.\n\n" +
		"Two days later QuuxCamp 2031 started. The first talk was by Maria Lopez on monitoring.\n"
	r := newGenericX().Extract(mkdoc("A busy week: SnakeCon 2031 and QuuxCamp 2031", text))
	if !rel(r, SuperEvent, "[Marc Roe on his work on compilers]", "SnakeCon 2031") {
		t.Errorf("no superEvent(Marc Roe's talk, SnakeCon 2031); talks %q", names(r, "Talk"))
	}
}
