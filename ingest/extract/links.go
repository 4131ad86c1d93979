package extract

import (
	"net/url"
	"strings"
)

// linkKind classifies a link by what its target identifies.
type linkKind int

const (
	lkOther   linkKind = iota
	lkEdition          // an edition's home page: fosdem.org/2019/, 2019.flaskcon.example
	lkTalk             // a talk page of a schedule: /2019/schedule/event/SLUG/
	lkSpeaker          // a speaker page: /2019/schedule/speaker/SLUG/
	lkTrack            // a track page: /2019/schedule/track/SLUG/
	lkRepo             // a repository: github.com/OWNER/REPO
	lkProfile          // a person's profile: twitter.com/USER, github.com/USER, @user@host
	lkHome             // some other site (a project's homepage, a blog)
	lkIgnore           // link hosts never worth an entity (images, video, search)
)

// linkInfo is a classified link.
type linkInfo struct {
	kind   linkKind
	url    string // cleaned URL
	host   string // lower-case host without "www."
	label  string // event host label ("flaskcon") or site label
	year   string
	slug   string // schedule slug, or profile handle
	repo   string // canonical repository URL
	owner  string
	name   string // repository name
	deep   bool   // a repository's issue, pull request, commit, file, release…: not the project itself
	anchor string
	start  int
	end    int
}

var repoHosts = map[string]bool{
	"github.com": true, "gitlab.com": true, "codeberg.org": true, "bitbucket.org": true,
	"git.sr.ht": true, "gitea.com": true, "salsa.debian.org": true, "framagit.org": true,
}

var profileHosts = map[string]bool{
	"twitter.com": true, "x.com": true, "mobile.twitter.com": true, "linkedin.com": true,
	"bsky.app": true, "keybase.io": true, "instagram.com": true, "facebook.com": true,
}

// hosts whose pages never identify a project by themselves.
var ignoredHosts = map[string]bool{
	"youtube.com": true, "youtu.be": true, "vimeo.com": true, "medium.com": true, "arxiv.org": true,
	"doi.org": true, "google.com": true, "docs.google.com": true, "slideshare.net": true,
	"speakerdeck.com": true, "wikipedia.org": true, "en.wikipedia.org": true, "web.archive.org": true,
	"flickr.com": true, "imgur.com": true, "reddit.com": true, "news.ycombinator.com": true,
	"stackoverflow.com": true, "discord.gg": true, "zulip.com": true, "meetup.com": true,
	"eventbrite.com": true, "play.rust-lang.org": true, "crates.io": true, "docs.rs": true,
	"pypi.org": true, "npmjs.com": true, "t.co": true, "bit.ly": true, "goo.gl": true,
	"video.fosdem.org": true, "archive.org": true,
}

// GitHub and GitLab paths that are not users.
var reservedUser = map[string]bool{
	"features": true, "topics": true, "orgs": true, "sponsors": true, "about": true, "pricing": true,
	"explore": true, "marketplace": true, "settings": true, "login": true, "join": true, "search": true,
	"collections": true, "trending": true, "issues": true, "pulls": true, "notifications": true,
	"help": true, "users": true, "groups": true, "site": true, "blog": true, "security": true,
}

// classifyLink tells what a link's target identifies. series holds known
// event series in lower case.
func classifyLink(re *rules, raw string, series map[string]string) linkInfo {
	li := linkInfo{kind: lkOther, url: raw}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		if strings.HasPrefix(raw, "@") && strings.Count(raw, "@") == 2 {
			li.kind = lkProfile
			li.slug = strings.Split(raw[1:], "@")[0]
		}
		return li
	}
	host := strings.ToLower(u.Hostname())
	host = strings.TrimPrefix(host, "www.")
	li.host = host
	path := u.Path
	segs := strings.FieldsFunc(path, func(r rune) bool { return r == '/' })
	labels := strings.Split(host, ".")
	li.label = labels[0]
	if ignoredHosts[host] || strings.HasSuffix(host, ".wikipedia.org") || strings.HasPrefix(host, "cdn") ||
		strings.HasPrefix(host, "img") || strings.HasPrefix(host, "images") {
		li.kind = lkIgnore
		return li
	}
	// schedule pages of a known series (Pentabarf layout).
	if len(labels) >= 2 {
		site := labels[len(labels)-2]
		if _, ok := series[site]; ok {
			li.label = site
			if m := re.reSchedulePath.FindStringSubmatch(path); m != nil {
				li.year, li.slug = m[1], m[3]
				switch m[2] {
				case "event":
					li.kind = lkTalk
				case "speaker":
					li.kind = lkSpeaker
				case "track":
					li.kind = lkTrack
				}
				return li
			}
			if m := re.reYearPath.FindStringSubmatch(path); m != nil {
				li.kind, li.year = lkEdition, m[1]
				return li
			}
		}
	}
	if len(segs) <= 1 && strings.ContainsAny(host, "0123456789") {
		if m := re.reYearHost.FindStringSubmatch(host); m != nil {
			li.kind, li.year, li.label = lkEdition, m[2], m[3]
			return li
		}
		if m := re.reLabelYear.FindStringSubmatch(host); m != nil {
			li.kind, li.year, li.label = lkEdition, m[2], m[1]
			return li
		}
	}
	if repoHosts[host] || (strings.HasPrefix(host, "gitlab.") && len(segs) >= 2) {
		if len(segs) == 1 && !reservedUser[strings.ToLower(segs[0])] {
			li.kind, li.slug = lkProfile, segs[0]
			li.url = "https://" + host + "/" + segs[0]
			return li
		}
		if len(segs) >= 2 && !reservedUser[strings.ToLower(segs[0])] {
			name := strings.TrimSuffix(segs[1], ".git")
			if host == "git.sr.ht" {
				segs[0] = strings.TrimPrefix(segs[0], "~")
			}
			li.kind, li.owner, li.name = lkRepo, segs[0], name
			li.repo = "https://" + host + "/" + segs[0] + "/" + name
			// …/issues/N, /pull/N, /commit/…, /blob/…, /tree/…, /releases,
			// /compare/…, /wiki, GitLab's /-/…: a page of the repository
			li.deep = len(segs) > 2 || (u.Fragment != "" && u.Fragment != "readme")
			return li
		}
		li.kind = lkIgnore
		return li
	}
	if profileHosts[host] {
		if host == "linkedin.com" && len(segs) == 2 && segs[0] == "in" {
			li.kind, li.slug = lkProfile, segs[1]
			return li
		}
		if host == "bsky.app" && len(segs) == 2 && segs[0] == "profile" {
			li.kind, li.slug = lkProfile, segs[1]
			return li
		}
		if len(segs) == 1 && !reservedUser[strings.ToLower(segs[0])] && !strings.Contains(segs[0], ".") {
			li.kind, li.slug = lkProfile, strings.TrimPrefix(segs[0], "@")
			return li
		}
		li.kind = lkIgnore
		return li
	}
	if len(segs) == 1 && strings.HasPrefix(segs[0], "@") && len(segs[0]) > 1 {
		li.kind, li.slug = lkProfile, segs[0][1:]
		return li
	}
	li.kind = lkHome
	return li
}
