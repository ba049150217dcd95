package org.mufakat.web;

import java.sql.SQLException;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hibernate.exception.JDBCConnectionException;

/** Test only: fails as a request does when the database has gone away. */
@Path("/")
@PermitAll
public class OutageTestResource {

    @GET
    @Path("test-outage")
    @Operation(hidden = true)
    public String page() {
        throw lost();
    }

    @GET
    @Path("api/v1/test-outage")
    @Operation(hidden = true)
    public String api() {
        throw lost();
    }

    private static RuntimeException lost() {
        return new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("Connection to 127.0.0.1:5432 refused.", "08001"));
    }
}
