"""The local registry on disk and in memory: `state` (everything one profile keeps, as typed
records), `store` (read, write and lock one profile's store), `codec` (the TinyDB document <->
state), `file` (the base file, written atomically), `journal` (the changed records between base
files), `status` (the small cache an idle sync reads instead of the store), and the registry's
`importer` and `export`."""
