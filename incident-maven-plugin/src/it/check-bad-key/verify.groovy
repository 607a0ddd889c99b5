// stop the mock server started by setup.groovy
def server = System.properties.remove("vigie.it.server." + basedir.name)
if (server != null) { server.stop(0) }

def log = new File(basedir, 'build.log').text
assert log.contains('[DEBUG]') : 'the build ran with -X'
assert log.contains('GitGuardian rejected the API key read from env GITGUARDIAN_API_KEY (401 Unauthorized at http://127.0.0.1:')
assert log.contains('scopes incidents:read, sources:read')
assert log.contains('MojoExecutionException') : 'a bad key is an execution error, not a policy failure'
assert !log.contains('ggtt-it-BADKEY-7f3c9e1a2b4d6f8e0a1c3e5') : 'the API key appears in build.log'
assert !log.contains('BADKEY') : 'part of the API key appears in build.log'
def requests = new File(basedir, 'requests.log').readLines()
assert requests.size() == 1 && requests[0].contains('auth=true')
return true
