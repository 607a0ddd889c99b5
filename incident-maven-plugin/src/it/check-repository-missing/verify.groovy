// stop the mock server started by setup.groovy
def server = System.properties.remove("vigie.it.server." + basedir.name)
if (server != null) { server.stop(0) }

def log = new File(basedir, 'build.log').text
assert log.contains('Repository incubateur-demo/demo-startup is not a source known to GitGuardian (searched: ')
assert log.contains('Check the repository name (incident.repository) and that GitGuardian monitors it.')
assert log.contains('MojoExecutionException')
def requests = new File(basedir, 'requests.log').readLines()
assert requests.every { it.startsWith('GET /exposed/v1/sources?search=') }
return true
