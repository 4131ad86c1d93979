package schedule

import (
	"strconv"
	"strings"
)

// isFOSDEM reports whether the edition is a FOSDEM one, whose URLs and slugs
// follow known patterns.
func (c *Conference) isFOSDEM() bool { return strings.EqualFold(c.Series, "FOSDEM") }

// complete derives what a parser left open, the same way for every format:
// series and year, talk and person slugs, official URLs and the track list.
// declared are the tracks the schedule lists up front (may be nil);
// personSlugs maps person ids to slugs the schedule gives (may be nil).
func complete(s *Schedule, declared []Track, personSlugs map[string]string) {
	c := &s.Conference
	deriveEdition(c)
	fosdem := c.isFOSDEM() && c.Year != ""
	if fosdem {
		c.URL = "https://fosdem.org/" + c.Year + "/"
	}
	// Early FOSDEM schedules (2007-2012) carry no slugs; their pages had
	// hand-made names, so derived slugs get no URL.
	legacy := true
	for _, t := range s.Talks {
		if t.Slug != "" || t.URL != "" {
			legacy = false
			break
		}
	}

	derived := map[string]string{} // title+track -> derived slug
	used := map[string]bool{}
	for _, t := range s.Talks {
		used[t.Slug] = true
	}
	for i := range s.Talks {
		t := &s.Talks[i]
		if t.Slug == "" && t.URL != "" {
			t.Slug = lastSegment(t.URL)
		}
		if t.Slug == "" {
			key := t.Title + "\x00" + t.Track
			if d, ok := derived[key]; ok {
				t.Slug = d
			} else {
				base := TrackSlug(t.Title)
				if base == "" {
					base = "talk"
					if t.ID != "" {
						base = "talk_" + TrackSlug(t.ID)
					}
				}
				slug := base
				for n := 2; used[slug]; n++ {
					slug = base + "_" + strconv.Itoa(n)
				}
				used[slug] = true
				derived[key] = slug
				t.Slug = slug
			}
		}
		if t.URL == "" && fosdem && !legacy {
			t.URL = "https://fosdem.org/" + c.Year + "/schedule/event/" + t.Slug + "/"
		}
		if t.Title == "" {
			t.Title = t.Slug
		}
		for j := range t.Persons {
			p := &t.Persons[j]
			if p.Slug == "" && personSlugs[p.ID] != "" {
				p.Slug = personSlugs[p.ID]
			}
			if p.Slug == "" && fosdem {
				p.Slug = PersonSlug(p.Name)
			}
			if p.URL == "" && fosdem && !legacy && p.Slug != "" {
				p.URL = "https://fosdem.org/" + c.Year + "/schedule/speaker/" + p.Slug + "/"
			}
		}
	}

	// Tracks: the declared ones, then any other named by a talk.
	seen := map[string]int{}
	var tracks []Track
	add := func(tr Track) {
		if tr.Name == "" {
			return
		}
		if i, ok := seen[tr.Name]; ok {
			if tracks[i].Slug == "" {
				tracks[i].Slug = tr.Slug
			}
			return
		}
		seen[tr.Name] = len(tracks)
		tracks = append(tracks, tr)
	}
	for _, tr := range declared {
		add(tr)
	}
	for _, t := range s.Talks {
		add(Track{Name: t.Track})
	}
	for i := range tracks {
		tr := &tracks[i]
		if tr.Slug == "" && fosdem {
			tr.Slug = TrackSlug(tr.Name)
		}
		if tr.URL == "" && fosdem && !legacy && tr.Slug != "" {
			tr.URL = "https://fosdem.org/" + c.Year + "/schedule/track/" + tr.Slug + "/"
		}
	}
	s.Tracks = tracks
}

// dedupePersons drops repeated speakers (same id or same name) of a talk.
func dedupePersons(ps []Person) []Person {
	out := ps[:0]
	seen := map[string]bool{}
	for _, p := range ps {
		if p.Name == "" {
			continue
		}
		k := norm(p.Name)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, p)
	}
	return out
}
