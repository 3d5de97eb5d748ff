"""The Tripletex API v2 client (read-only) and its typed errors: `client.TripletexClient` and
`client.client_for(config)`, the listings (`listing`, `customers`, `parts`), the connection and
its request rules (`connection`, `exchange`, `http`), the failures a consultant can act on
(`errors`, `classify`, `failures`), sessions kept between runs (`sessions`) and the environments
and the base-URL check (`endpoints`). Import from the modules; this package imports nothing, so
that `core.config` can use `endpoints` without pulling the client in."""
