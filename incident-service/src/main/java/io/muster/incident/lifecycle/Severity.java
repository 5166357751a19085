package io.muster.incident.lifecycle;

enum Severity {
    LOW,
    MODERATE,
    HIGH,
    CRITICAL
}
