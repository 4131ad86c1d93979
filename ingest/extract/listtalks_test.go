package extract

import "testing"

func TestListTalks(t *testing.T) {
	x := newGenericX()
	const head = "SnakeCon 2024 was held in Basel. Here are the talks I attended.\n\n"
	tests := []struct {
		name          string
		text          string
		talk, speaker string
		want          bool
	}{
		{"title by speaker, dash summary", "Podlet deep dive by Jane Doe – a tour of extensions.", "Podlet deep dive", "Jane Doe", true},
		{"title by speaker, colon summary", "The state of Snakelinux by Marc Roe: updates and streams.", "The state of Snakelinux", "Marc Roe", true},
		{"title (speaker)", "eBPF for the rest of us (Maria Lopez) – a gentle introduction.", "eBPF for the rest of us", "Maria Lopez", true},
		{"heading: title — speaker", "Snakes in the kernel — Jane Doe\n\nShe explained how it got merged.", "Snakes in the kernel", "Jane Doe", true},
		{"quoted title by speaker", "\"Observability with Otel\" by Marc Roe\n\nGreat overview.", "Observability with Otel", "Marc Roe", true},
		{"not a title: a sentence with a verb", "The keynote was given by Jane Doe and it was great.", "The keynote was given", "Jane Doe", false},
		{"not a title: first person", "I went there by Jane Doe's advice.", "I went there", "Jane Doe", false},
		{"not a person: unknown first name", "Widget deep dive by Acme Corp – a tour.", "Widget deep dive", "Acme Corp", false},
		{"not a list item: a wrapped line of prose", "My day began with the talk about Podlet internals by Jane Doe,\nshowing a new way to build.", "My day began with the talk about Podlet internals", "Jane Doe", false},
		{"not a title: a talk told of", "My day began with the talk about Podlet internals by Jane Doe, showing a new way to build.", "My day began with the talk about Podlet internals", "Jane Doe", false},
		{"a list item: the next line is another item", "Podlet deep dive by Jane Doe\nSnakes in the kernel by Marc Roe", "Podlet deep dive", "Jane Doe", true},
		{"title - speaker, organization", "Podlet deep dive - Jane Doe, Acme\nSnakes in the kernel - Marc Roe, Initech", "Podlet deep dive", "Jane Doe", true},
		{"title - two speakers, the first", "Podlet deep dive - Jane Doe and Marc Roe\nSnakes in the kernel - Maria Lopez", "Podlet deep dive", "Jane Doe", true},
		{"title - two speakers, the second", "Podlet deep dive - Jane Doe and Marc Roe\nSnakes in the kernel - Maria Lopez", "Podlet deep dive", "Marc Roe", true},
		{"title by speaker, a media note dropped", "Podlet deep dive (slides) by Jane Doe", "Podlet deep dive", "Jane Doe", true},
		{"not a title: long line", "This paragraph talks about many things and goes on for a very long time before it finally mentions a deep dive by Jane Doe.", "This paragraph talks about many things and goes on for a very long time before it finally mentions a deep dive", "Jane Doe", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(mkdoc("SnakeCon 2024: talks I attended", head+tt.text))
			if got := rel(r, Performer, tt.talk, tt.speaker); got != tt.want {
				var rs []string
				for _, e := range r.Entities {
					rs = append(rs, string(e.Class)+":"+e.Name)
				}
				t.Errorf("performer(%s, %s) = %v, want %v; entities %v", tt.talk, tt.speaker, got, tt.want, rs)
			}
		})
	}
}

func TestListTalksNeedATalkPost(t *testing.T) {
	x := newGenericX()
	tests := []struct {
		name  string
		title string
		text  string
	}{
		{"no edition", "Our summer projects", "We have talks every week.\n\nFaster builds by Jane Doe – a new cache."},
		{"no talk words", "SnakeCon 2024 projects", "At SnakeCon 2024 we picked projects.\n\nFaster builds by Jane Doe – a new cache."},
		{"mentee lists", "SnakeCon 2024 talks and projects", "At SnakeCon 2024 there were talks.\n\nFaster builds by jdoe, mentored by Jane Doe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(mkdoc(tt.title, tt.text))
			for _, e := range r.Entities {
				if e.Class == "Talk" {
					t.Errorf("talk %q extracted", e.Name)
				}
			}
		})
	}
}
