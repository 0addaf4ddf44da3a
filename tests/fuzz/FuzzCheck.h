#pragma once

// A property a fuzz target asserts. Unlike assert() it holds in release builds too, which is what
// the fuzz preset builds, and it names the property, so a crash report says which one failed.
void fuzzCheck(bool holds, const char *property);
