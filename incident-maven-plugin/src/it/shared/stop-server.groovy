// Stops the case's mock server (started by setup.groovy), if any.
def server = System.properties.remove('vigie.it.server.' + basedir.name)
if (server != null) {
    server.stop(0)
}
return true
