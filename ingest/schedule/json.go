package schedule

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// flex is a JSON value read as a string whatever its JSON type (ids are
// numbers in frab and strings elsewhere); null and objects give "".
type flex string

func (f *flex) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || b[0] == 'n' || b[0] == '{' || b[0] == '[' {
		*f = ""
		return nil
	}
	if b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = flex(s)
		return nil
	}
	*f = flex(b) // number or bool, as written
	return nil
}

type jRoot struct {
	Schedule *jSchedule `json:"schedule"`
}

type jSchedule struct {
	Version    flex         `json:"version"`
	BaseURL    flex         `json:"base_url"`
	Conference *jConference `json:"conference"`
}

type jConference struct {
	Acronym flex     `json:"acronym"`
	Title   flex     `json:"title"`
	Start   flex     `json:"start"`
	End     flex     `json:"end"`
	URL     flex     `json:"url"`
	City    flex     `json:"city"`
	Venue   flex     `json:"venue"`
	Tracks  []jTrack `json:"tracks"`
	Days    []jDay   `json:"days"`
}

type jTrack struct {
	Name flex `json:"name"`
	Slug flex `json:"slug"`
}

type jDay struct {
	Date  flex                `json:"date"`
	Rooms map[string][]jEvent `json:"rooms"`
}

type jEvent struct {
	ID          flex      `json:"id"`
	GUID        flex      `json:"guid"`
	Code        flex      `json:"code"`
	Date        flex      `json:"date"`
	Start       flex      `json:"start"`
	Duration    flex      `json:"duration"`
	Room        flex      `json:"room"`
	Slug        flex      `json:"slug"`
	URL         flex      `json:"url"`
	Title       flex      `json:"title"`
	Subtitle    flex      `json:"subtitle"`
	Track       flex      `json:"track"`
	Type        flex      `json:"type"`
	Language    flex      `json:"language"`
	Abstract    flex      `json:"abstract"`
	Description flex      `json:"description"`
	Persons     []jPerson `json:"persons"`
}

type jPerson struct {
	ID         flex `json:"id"`
	GUID       flex `json:"guid"`
	Code       flex `json:"code"`
	Name       flex `json:"name"`
	PublicName flex `json:"public_name"`
	URL        flex `json:"url"`
}

// ParseJSON parses a frab or pretalx schedule.json (the c3voc schedule JSON
// schema). source names the input in errors and becomes Schedule.Source.
func ParseJSON(source string, data []byte) (*Schedule, error) {
	var r jRoot
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("%s: parse schedule JSON: %w", source, err)
	}
	if r.Schedule == nil || r.Schedule.Conference == nil {
		return nil, fmt.Errorf("%s: %w: no schedule.conference object", source, ErrNotSchedule)
	}
	jc := r.Schedule.Conference
	format := FormatFrabJSON
	if f, ok := Detect(data); ok && f == FormatPretalxJSON {
		format = FormatPretalxJSON
	}
	s := &Schedule{Source: source, Format: format}
	s.Conference = Conference{
		Title:   clean(string(jc.Title)),
		Acronym: clean(string(jc.Acronym)),
		City:    clean(string(jc.City)),
		Venue:   clean(string(jc.Venue)),
		Start:   isoDate(string(jc.Start)),
		End:     isoDate(string(jc.End)),
	}
	if s.Conference.Title == "" && s.Conference.Acronym == "" {
		return nil, fmt.Errorf("%s: %w: no conference title or acronym", source, ErrNotSchedule)
	}
	for _, u := range []string{strings.TrimSpace(string(jc.URL)), strings.TrimSpace(string(r.Schedule.BaseURL))} {
		if validURL(u) {
			s.Conference.URL = u
			break
		}
	}
	for _, d := range jc.Days {
		date := isoDate(string(d.Date))
		rooms := make([]string, 0, len(d.Rooms))
		for name := range d.Rooms {
			rooms = append(rooms, name)
		}
		sort.Strings(rooms)
		// Events of a day in time order, then room order, whatever the
		// (unordered) JSON object gave.
		type ev struct {
			e    jEvent
			room string
		}
		var evs []ev
		for _, name := range rooms {
			for _, e := range d.Rooms[name] {
				evs = append(evs, ev{e, name})
			}
		}
		sort.SliceStable(evs, func(i, j int) bool {
			return string(evs[i].e.Date)+hhmm(string(evs[i].e.Start)) < string(evs[j].e.Date)+hhmm(string(evs[j].e.Start))
		})
		for _, x := range evs {
			s.addJSONEvent(x.e, date, clean(x.room))
		}
	}
	var declared []Track
	for _, t := range jc.Tracks {
		declared = append(declared, Track{Name: clean(string(t.Name)), Slug: slugAttr(string(t.Slug))})
	}
	complete(s, declared, nil)
	return s, nil
}

func (s *Schedule) addJSONEvent(e jEvent, date, room string) {
	t := Talk{
		ID:       strings.TrimSpace(string(e.ID)),
		Slug:     slugAttr(string(e.Slug)),
		Title:    clean(string(e.Title)),
		Subtitle: clean(string(e.Subtitle)),
		Track:    clean(string(e.Track)),
		Room:     clean(string(e.Room)),
		Date:     date,
		Start:    hhmm(string(e.Start)),
		Duration: hhmm(string(e.Duration)),
		Type:     clean(string(e.Type)),
		Language: clean(string(e.Language)),
		Abstract: PlainText(string(e.Abstract)),
	}
	if t.ID == "" {
		t.ID = strings.TrimSpace(string(e.GUID))
	}
	if t.ID == "" {
		t.ID = strings.TrimSpace(string(e.Code))
	}
	if t.Room == "" {
		t.Room = room
	}
	if t.Abstract == "" {
		t.Abstract = PlainText(string(e.Description))
	}
	if u := strings.TrimSpace(string(e.URL)); validURL(u) {
		t.URL = u
	}
	if dt := strings.TrimSpace(string(e.Date)); dateTimeR.MatchString(dt) {
		t.DateTime = dt
		if t.Date == "" {
			t.Date = dt[:10]
		}
	}
	for _, p := range e.Persons {
		name := string(p.PublicName)
		if strings.TrimSpace(name) == "" {
			name = string(p.Name)
		}
		pp := Person{ID: strings.TrimSpace(string(p.ID)), Name: clean(name)}
		if pp.ID == "" {
			pp.ID = strings.TrimSpace(string(p.Code))
		}
		if pp.ID == "" {
			pp.ID = strings.TrimSpace(string(p.GUID))
		}
		if u := strings.TrimSpace(string(p.URL)); validURL(u) {
			pp.URL = u
		}
		t.Persons = append(t.Persons, pp)
	}
	t.Persons = dedupePersons(t.Persons)
	if t.Title == "" && t.Slug == "" {
		return
	}
	s.Talks = append(s.Talks, t)
}
