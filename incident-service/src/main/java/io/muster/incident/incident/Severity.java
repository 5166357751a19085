package io.muster.incident.incident;

enum Severity {
    LOW,
    MODERATE,
    HIGH,
    CRITICAL
}
