/** Real servers for integration tests: one switch picks Testcontainers, embedded servers or external ones. */
package io.muster.testkit;
