"""Scale tooling: `hec generate` (realistic data at named scales), `hec bench`, the load soak."""
