"""Finding what a part says: French word normalisation, evidence phrases, counters."""
