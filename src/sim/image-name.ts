/** "dir/MailSender.c" → "MailSender.exe": a program's image name is its file's base name + .exe. */
export function imageOf(fileName: string): string {
  return (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.c$/i, '') + '.exe';
}
