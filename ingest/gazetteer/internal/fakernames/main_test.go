package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestFirstNames(t *testing.T) {
	js := "const e={x:`y`,person:{first_name:{generic:[`Quinn`,`Robin`],female:`Jane.Maria.Ana Luisa`.split(`.`),male:`Marc`},last_name:{generic:[`Quux`]}}};"
	got, ok := firstNames(js)
	want := []string{"Quinn", "Robin", "Jane", "Maria", "Ana Luisa", "Marc"}
	if !ok || !slices.Equal(got, want) {
		t.Errorf("firstNames = %q, %v; want %q", got, ok, want)
	}
	if _, ok := firstNames("const e={last_name:{generic:[`Quux`]}};"); ok {
		t.Error("firstNames found names in a bundle without first_name")
	}
}

func TestLatinWord(t *testing.T) {
	for in, want := range map[string]bool{"Jane": true, "Zoé": true, "Jean-Marc": true, "D'Arcy": true, "Ana Luisa": false, "jane": false, "Мария": false, "Jane-": false} {
		if got := latinWord(in); got != want {
			t.Errorf("latinWord(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestReadNamesAndWrite(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"en-AbC1.js":    "const e={first_name:{female:`Jane.Maria`.split(`.`)}};",
		"en_AU-xY2.js":  "const e={first_name:{female:[`Jane`]}};",
		"de-Qq3.js":     "const e={first_name:{female:`Maria.Мария`.split(`.`)}};",
		"base-Zz9.js":   "const e={first_name:{female:[`Notalocale`]}};",
		"de-Qq3.d.ts":   "first_name:{female:[`Typed`]}",
		"chunk-Aa1.js":  "nothing here",
		"fr_BE-q-w1.js": "const e={first_name:{male:[`Marc`]}};",
	}
	for n, s := range files {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	names, err := readNames(dir)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := write(&b, "0.0.0", names); err != nil {
		t.Fatal(err)
	}
	lines := bytes.Split(bytes.TrimSpace(b.Bytes()), []byte("\n"))
	got := []string{}
	for _, l := range lines[2:] {
		got = append(got, string(l))
	}
	want := []string{"Jane\ten", "Marc\tfr", "Maria\tde,en"}
	if !slices.Equal(got, want) {
		t.Errorf("snapshot lines %q, want %q", got, want)
	}
}
