package schedule

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// Format names, as Detect returns them and Schedule.Format holds them.
const (
	FormatPentabarfXML = "pentabarf-xml"
	FormatFrabJSON     = "frab-json"
	FormatPretalxJSON  = "pretalx-json"
)

// ErrNotSchedule is returned for input that parses but is not a schedule.
var ErrNotSchedule = errors.New("not a conference schedule")

type xSchedule struct {
	XMLName    xml.Name     `xml:"schedule"`
	Conference xConference  `xml:"conference"`
	Tracks     []xTrack     `xml:"tracks>track"`
	Persons    []xPersonDef `xml:"persons>person"`
	Days       []xDay       `xml:"day"`
}

type xConference struct {
	Acronym string `xml:"acronym"`
	Title   string `xml:"title"`
	Venue   string `xml:"venue"`
	City    string `xml:"city"`
	Start   string `xml:"start"`
	End     string `xml:"end"`
	BaseURL string `xml:"base_url"`
	URL     string `xml:"url"`
}

type xTrack struct {
	Slug string `xml:"slug,attr"`
	Name string `xml:",chardata"`
}

type xPersonDef struct {
	ID   string `xml:"id,attr"`
	Name string `xml:"name"`
	Slug string `xml:"slug"`
}

type xDay struct {
	Date   string   `xml:"date,attr"`
	Events []xEvent `xml:"event"`
	Rooms  []xRoom  `xml:"room"`
}

type xRoom struct {
	Name   string   `xml:"name,attr"`
	Events []xEvent `xml:"event"`
}

type xEvent struct {
	ID          string    `xml:"id,attr"`
	GUID        string    `xml:"guid,attr"`
	Date        string    `xml:"date"`
	Start       string    `xml:"start"`
	Duration    string    `xml:"duration"`
	Room        string    `xml:"room"`
	Slug        string    `xml:"slug"`
	URL         string    `xml:"url"`
	Title       string    `xml:"title"`
	Subtitle    string    `xml:"subtitle"`
	Track       xTrack    `xml:"track"`
	Type        string    `xml:"type"`
	Language    string    `xml:"language"`
	Abstract    string    `xml:"abstract"`
	Description string    `xml:"description"`
	Persons     []xPerson `xml:"persons>person"`
}

type xPerson struct {
	ID   string `xml:"id,attr"`
	GUID string `xml:"guid,attr"`
	Name string `xml:",chardata"`
}

func charsetReader(label string, in io.Reader) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "utf-8", "utf8", "us-ascii", "ascii":
		return in, nil
	case "iso-8859-1", "latin1", "latin-1", "iso8859-1":
		return charmap.ISO8859_1.NewDecoder().Reader(in), nil
	case "windows-1252", "cp1252":
		return charmap.Windows1252.NewDecoder().Reader(in), nil
	case "iso-8859-15", "latin-9":
		return charmap.ISO8859_15.NewDecoder().Reader(in), nil
	}
	return nil, fmt.Errorf("unsupported encoding %q", label)
}

// ParseXML parses a Pentabarf/frab schedule.xml (every shape FOSDEM used
// from 2007 to 2026, and the frab/pretalx exports of the c3voc XSD).
// source names the input in errors and becomes Schedule.Source.
func ParseXML(source string, data []byte) (*Schedule, error) {
	var x xSchedule
	d := xml.NewDecoder(bytes.NewReader(data))
	d.CharsetReader = charsetReader
	d.Entity = xml.HTMLEntity
	if err := d.Decode(&x); err != nil {
		if se, ok := err.(xml.UnmarshalError); ok && strings.Contains(string(se), "expected element type <schedule>") {
			return nil, fmt.Errorf("%s: %w: root element is not <schedule>", source, ErrNotSchedule)
		}
		return nil, fmt.Errorf("%s: parse schedule XML: %w", source, err)
	}
	s := &Schedule{Source: source, Format: FormatPentabarfXML}
	c := x.Conference
	s.Conference = Conference{
		Title:   clean(c.Title),
		Acronym: clean(c.Acronym),
		City:    clean(c.City),
		Venue:   clean(c.Venue),
		Start:   isoDate(c.Start),
		End:     isoDate(c.End),
	}
	for _, u := range []string{strings.TrimSpace(c.URL), strings.TrimSpace(c.BaseURL)} {
		if validURL(u) {
			s.Conference.URL = u
			break
		}
	}
	if s.Conference.Title == "" && s.Conference.Acronym == "" {
		return nil, fmt.Errorf("%s: %w: no conference title or acronym", source, ErrNotSchedule)
	}
	for _, day := range x.Days {
		date := isoDate(day.Date)
		for _, e := range day.Events {
			s.addXMLEvent(e, date, "")
		}
		for _, r := range day.Rooms {
			for _, e := range r.Events {
				s.addXMLEvent(e, date, clean(r.Name))
			}
		}
	}
	// Some exports have a broken <start> or <end> ("20008-02-24"); the
	// days say when the edition was.
	for _, day := range x.Days {
		d := isoDate(day.Date)
		if d == "" {
			continue
		}
		if s.Conference.Start == "" || (d < s.Conference.Start && isoDate(c.Start) == "") {
			s.Conference.Start = d
		}
		if isoDate(c.End) == "" && d > s.Conference.End {
			s.Conference.End = d
		}
	}
	var declared []Track
	for _, t := range x.Tracks {
		declared = append(declared, Track{Name: clean(t.Name), Slug: slugAttr(t.Slug)})
	}
	for _, day := range x.Days {
		for _, r := range day.Rooms {
			for _, e := range r.Events {
				if e.Track.Slug != "" {
					declared = append(declared, Track{Name: clean(e.Track.Name), Slug: slugAttr(e.Track.Slug)})
				}
			}
		}
	}
	slugs := map[string]string{}
	for _, p := range x.Persons {
		if sl := slugAttr(p.Slug); sl != "" && p.ID != "" {
			slugs[strings.TrimSpace(p.ID)] = sl
		}
	}
	complete(s, declared, slugs)
	return s, nil
}

// slugAttr accepts a slug given by the schedule if it can stand in a URL path.
func slugAttr(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, "/?# \t\r\n<>\"{}|\\^`%") || !validURL("https://x/"+s) {
		return ""
	}
	return s
}

func (s *Schedule) addXMLEvent(e xEvent, date, room string) {
	t := Talk{
		ID:       strings.TrimSpace(e.ID),
		Slug:     slugAttr(e.Slug),
		Title:    clean(e.Title),
		Subtitle: clean(e.Subtitle),
		Track:    clean(e.Track.Name),
		Room:     clean(e.Room),
		Date:     date,
		Start:    hhmm(e.Start),
		Duration: hhmm(e.Duration),
		Type:     clean(e.Type),
		Language: clean(e.Language),
		Abstract: PlainText(e.Abstract),
	}
	if t.ID == "" {
		t.ID = strings.TrimSpace(e.GUID)
	}
	if t.Room == "" {
		t.Room = room
	}
	if t.Abstract == "" {
		t.Abstract = PlainText(e.Description)
	}
	if u := strings.TrimSpace(e.URL); validURL(u) {
		t.URL = u
	}
	if dt := strings.TrimSpace(e.Date); dateTimeR.MatchString(dt) {
		t.DateTime = dt
		if t.Date == "" {
			t.Date = dt[:10]
		}
	}
	for _, p := range e.Persons {
		t.Persons = append(t.Persons, Person{ID: strings.TrimSpace(p.ID), Name: clean(p.Name)})
	}
	t.Persons = dedupePersons(t.Persons)
	if t.Title == "" && t.Slug == "" {
		return
	}
	s.Talks = append(s.Talks, t)
}
