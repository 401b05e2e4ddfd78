/**
 * The concepts the scenarios teach, drawn from the seed notes (CH07/CH08, IPC). Narration and
 * questions link to them by id.
 */
import type { LocalizedText } from './model.ts';

export const CONCEPT_IDS = [
  'ipc',
  'mailslot',
  'one-way',
  'message-boundary',
  'kernel-object-state',
  'exit-code',
  'environment',
  'handle-table',
  'handle-inheritance',
  'pseudo-handle',
  'duplicate-handle',
  'anonymous-pipe',
  'pipe-eof',
  'std-redirect',
  'crt-buffer',
  'suspended',
  'named-pipe',
  'pipe-busy',
  'read-mode',
  'flush-disconnect',
  'usage-count',
  'handle-leak',
  'last-error',
  'deadlock',
] as const;

export type ConceptId = (typeof CONCEPT_IDS)[number];

export interface Concept {
  readonly id: ConceptId;
  readonly name: LocalizedText;
  readonly explanation: LocalizedText;
}

export const CONCEPTS: readonly Concept[] = [
  {
    id: 'ipc',
    name: { en: 'Inter-process communication', ko: '프로세스간 통신(IPC)' },
    explanation: {
      en: 'For safety the OS does not let one process touch another one’s memory. Processes of one program that need to exchange data therefore go through the OS: they call APIs that move the data through a kernel object (a mailslot, a pipe) both of them hold a handle to.',
      ko: '안전을 위해 운영체제는 한 프로세스가 다른 프로세스의 메모리를 참조하지 못하게 막는다. 그래서 데이터를 주고받으려면 운영체제를 통해야 한다. 두 프로세스가 같은 커널 오브젝트(메일슬롯, 파이프)에 대한 핸들을 갖고, API 호출로 그 오브젝트를 거쳐 데이터를 보낸다.',
    },
  },
  {
    id: 'mailslot',
    name: { en: 'Mailslot', ko: '메일슬롯' },
    explanation: {
      en: 'A mailbox between senders and a receiver. The receiver creates it with CreateMailslot and reads with ReadFile; a sender opens it by name with CreateFile(OPEN_EXISTING) and writes with WriteFile. It is used only indirectly, through these file APIs.',
      ko: 'Sender와 Receiver 사이에 두는 우체통. Receiver가 CreateMailslot으로 만들고 ReadFile로 읽는다. Sender는 이름으로 CreateFile(OPEN_EXISTING)해서 WriteFile로 넣는다. 우체통은 이런 파일 API 호출을 통해서 간접적으로만 쓸 수 있다.',
    },
  },
  {
    id: 'one-way',
    name: { en: 'One-way communication', ko: '단방향 통신' },
    explanation: {
      en: 'A mailslot is one-way: the receiver’s handle can only read (its WriteFile fails with ERROR_ACCESS_DENIED) and a sender’s handle can only write (its ReadFile fails). Many senders may write to one receiver. An anonymous pipe is one-way too: a read end and a write end.',
      ko: '메일슬롯은 단방향이다. Receiver의 핸들로는 읽기만 되고(WriteFile은 ERROR_ACCESS_DENIED), Sender의 핸들로는 쓰기만 된다(ReadFile 실패). 여러 Sender가 한 Receiver에게 보낼 수 있다. 이름없는 파이프도 읽기 핸들과 쓰기 핸들로 나뉜 단방향이다.',
    },
  },
  {
    id: 'message-boundary',
    name: { en: 'Message boundaries', ko: '메시지 경계' },
    explanation: {
      en: 'A mailslot keeps each WriteFile as one message: two writes are two reads, and GetMailslotInfo tells the size of the next message and how many are waiting. A byte pipe keeps no boundaries: two writes can come out of one read.',
      ko: '메일슬롯은 WriteFile 한 번을 메시지 하나로 보존한다. 두 번 쓰면 두 번 읽어야 하고, GetMailslotInfo로 다음 메시지 크기와 남은 메시지 수를 알 수 있다. 바이트 파이프는 경계가 없어서 두 번 쓴 것이 한 번에 읽힐 수 있다.',
    },
  },
  {
    id: 'kernel-object-state',
    name: { en: 'Signaled / non-signaled', ko: '커널 오브젝트의 상태 (Signaled / Non-Signaled)' },
    explanation: {
      en: 'Every kernel object has a boolean state whose meaning depends on its kind. A process object is non-signaled (FALSE) while the process runs and becomes signaled (TRUE) when it ends. WaitForSingleObject blocks the caller until the object is signaled, which lets one process follow another’s progress.',
      ko: '커널 오브젝트는 종류마다 의미가 다른 boolean 상태값을 가진다. 프로세스 오브젝트는 실행 중이면 Non-Signaled(FALSE), 종료되면 Signaled(TRUE)가 된다. WaitForSingleObject는 오브젝트가 Signaled가 될 때까지 호출한 프로세스를 블로킹해서, 다른 프로세스의 진행에 맞춰 흐름을 제어할 수 있게 한다.',
    },
  },
  {
    id: 'exit-code',
    name: { en: 'Exit code', ko: '종료 코드' },
    explanation: {
      en: 'What a process returns from main is kept in its process object. GetExitCodeProcess reads it, even after the process has ended, as long as a handle is open. While the process still runs it reads STILL_ACTIVE (259).',
      ko: 'main이 반환한 값은 프로세스 오브젝트에 저장된다. 핸들이 열려 있으면 프로세스가 끝난 뒤에도 GetExitCodeProcess로 읽을 수 있다. 아직 실행 중이면 STILL_ACTIVE(259)가 읽힌다.',
    },
  },
  {
    id: 'environment',
    name: { en: 'Environment variables', ko: '프로세스 환경변수' },
    explanation: {
      en: 'Each process has its own environment block, a table of key=value strings (SetEnvironmentVariable / GetEnvironmentVariable). With lpEnvironment NULL, CreateProcess gives the child a copy of the parent’s block as it is at that moment; later changes on either side are not shared. A missing variable reads 0 with ERROR_ENVVAR_NOT_FOUND (203).',
      ko: '프로세스마다 key=value 문자열로 된 자기만의 환경변수 테이블이 있다(SetEnvironmentVariable / GetEnvironmentVariable). CreateProcess의 lpEnvironment를 NULL로 주면 자식은 그 순간 부모 환경변수 블록의 복사본을 받는다. 그 뒤의 변경은 서로 공유되지 않는다. 없는 변수는 0을 반환하고 GetLastError는 ERROR_ENVVAR_NOT_FOUND(203)이다.',
    },
  },
  {
    id: 'handle-table',
    name: { en: 'Handle table', ko: '핸들 테이블' },
    explanation: {
      en: 'A handle is only an index into the calling process’s own handle table, whose rows hold the handle value, the kernel object it refers to, and whether it is inheritable. The same number means nothing (ERROR_INVALID_HANDLE, 6) in a process whose table has no such row.',
      ko: '핸들은 호출한 프로세스 자신의 핸들 테이블에 대한 번호일 뿐이다. 테이블의 각 행에는 핸들 값, 가리키는 커널 오브젝트, 상속 여부가 있다. 같은 숫자라도 그 행이 없는 다른 프로세스에서는 의미가 없다(ERROR_INVALID_HANDLE, 6).',
    },
  },
  {
    id: 'handle-inheritance',
    name: { en: 'Handle inheritance', ko: '핸들의 상속' },
    explanation: {
      en: 'A child gets copies of its parent’s handles only when CreateProcess’s fifth argument (bInheritHandles) is TRUE, and then only the rows whose inherit flag is TRUE (SECURITY_ATTRIBUTES.bInheritHandle). They keep the same values, so the parent can pass a value to the child (on the command line or through a file).',
      ko: 'CreateProcess의 5번째 인자(bInheritHandles)가 TRUE일 때만 자식이 부모의 핸들을 물려받는다. 그것도 상속 여부가 TRUE인 행(SECURITY_ATTRIBUTES.bInheritHandle)만 복사된다. 값이 그대로이므로 부모는 그 값을 명령행이나 파일로 자식에게 알려줄 수 있다. FALSE면 자식은 빈 핸들 테이블에서 출발한다.',
    },
  },
  {
    id: 'pseudo-handle',
    name: { en: 'Pseudo handle', ko: '가짜 핸들 (Pseudo Handle)' },
    explanation: {
      en: 'GetCurrentProcess() returns a constant (-1) meaning “myself”. It is not in the handle table, so it cannot be inherited or passed to another process.',
      ko: 'GetCurrentProcess()는 "자기 자신"을 뜻하는 상수(-1)를 돌려준다. 핸들 테이블에 등록되지 않은 가짜 핸들이라서 상속되지도, 다른 프로세스에 전달되지도 않는다.',
    },
  },
  {
    id: 'duplicate-handle',
    name: { en: 'DuplicateHandle', ko: '핸들의 복사 (DuplicateHandle)' },
    explanation: {
      en: 'DuplicateHandle copies a row of one process’s handle table into a (possibly other) process’s table, with its own inherit flag. Duplicating the pseudo handle gives a real handle to the process object, which a child can inherit and wait on.',
      ko: 'DuplicateHandle은 한 프로세스의 핸들 테이블 행을 (다른 프로세스일 수도 있는) 핸들 테이블에 새 상속 여부와 함께 복사한다. 가짜 핸들을 복사하면 프로세스 오브젝트를 가리키는 진짜 핸들이 생겨, 자식이 상속받아 기다릴 수 있다.',
    },
  },
  {
    id: 'anonymous-pipe',
    name: { en: 'Anonymous pipe', ko: '이름없는 파이프' },
    explanation: {
      en: 'CreatePipe(&hRead, &hWrite, ...) gives a read end and a write end of a one-way byte stream. Having no name, it cannot be opened from outside: a child reaches it only through an inherited handle, which is why it serves parent–child communication.',
      ko: 'CreatePipe(&hRead, &hWrite, ...)는 단방향 바이트 스트림의 읽기 핸들과 쓰기 핸들을 준다. 이름이 없어서 외부에서 열 수 없고, 자식은 상속받은 핸들로만 접근한다. 그래서 부모-자식 프로세스 간 통신에 쓰인다.',
    },
  },
  {
    id: 'pipe-eof',
    name: { en: 'End of pipe (ERROR_BROKEN_PIPE)', ko: '파이프의 끝 (ERROR_BROKEN_PIPE)' },
    explanation: {
      en: 'A reader learns “no more data” only when every handle to the write end, in every process, is closed: its next ReadFile then fails with ERROR_BROKEN_PIPE (109). A forgotten copy of the write end (in the parent, or inherited by the reader itself) keeps the reader waiting forever.',
      ko: '모든 프로세스에서 쓰기 핸들이 전부 닫혀야 읽는 쪽이 "더 이상 데이터가 없다"를 안다. 그때 다음 ReadFile이 ERROR_BROKEN_PIPE(109)로 실패한다. 쓰기 핸들 복사본 하나라도 남아 있으면(부모에게, 또는 상속받은 자식 자신에게) 읽는 쪽은 영원히 기다린다.',
    },
  },
  {
    id: 'std-redirect',
    name: { en: 'Standard handles and redirection', ko: '표준 핸들과 리다이렉션' },
    explanation: {
      en: 'Every process has three standard handles, stdin, stdout and stderr (GetStdHandle). A console process starts with the console’s. With STARTF_USESTDHANDLES in STARTUPINFO, CreateProcess gives the child hStdInput, hStdOutput and hStdError instead, such as the write end of a pipe; they must be inheritable and bInheritHandles TRUE, else the child gets NULL ones and its output is lost.',
      ko: '모든 프로세스에는 표준 핸들 세 개, stdin, stdout, stderr가 있다(GetStdHandle). 콘솔 프로세스는 콘솔의 핸들로 시작한다. STARTUPINFO에 STARTF_USESTDHANDLES를 주면 CreateProcess는 자식에게 그 대신 hStdInput, hStdOutput, hStdError(예: 파이프의 쓰기 핸들)를 준다. 이 핸들들은 상속 가능해야 하고 bInheritHandles가 TRUE여야 한다. 아니면 자식은 NULL 핸들을 받고 출력은 사라진다.',
    },
  },
  {
    id: 'crt-buffer',
    name: { en: 'The C runtime’s output buffer', ko: 'C 런타임의 출력 버퍼' },
    explanation: {
      en: 'printf does not call WriteFile each time. On a console it writes at once, but when stdout is a pipe or a file, the C runtime collects the text in a 4096-byte buffer ("\n" becoming "\r\n") and writes it with one WriteFile when the buffer is full, on fflush, or when the process ends normally. So the pipe can stay empty long after printf ran.',
      ko: 'printf가 매번 WriteFile을 부르는 것은 아니다. 콘솔이면 바로 쓰지만, stdout이 파이프나 파일이면 C 런타임이 4096바이트 버퍼에 모아 두었다가("\n"은 "\r\n"이 된다) 버퍼가 차거나, fflush를 부르거나, 프로세스가 정상 종료할 때 WriteFile 한 번으로 쓴다. 그래서 printf가 실행된 뒤에도 한동안 파이프는 비어 있을 수 있다.',
    },
  },
  {
    id: 'suspended',
    name: { en: 'Suspended thread (CREATE_SUSPENDED)', ko: '일시 중단된 스레드(CREATE_SUSPENDED)' },
    explanation: {
      en: 'A thread runs only while its suspend count is 0. CREATE_SUSPENDED starts a child with count 1: the process and its handles exist, but not one statement runs until someone holding its thread handle calls ResumeThread (which returns the previous count). SuspendThread adds one. Meanwhile GetExitCodeThread gives STILL_ACTIVE (259).',
      ko: '스레드는 중단 카운트(suspend count)가 0일 때만 실행된다. CREATE_SUSPENDED로 만든 자식은 카운트 1로 시작한다: 프로세스와 핸들은 있지만, 스레드 핸들을 가진 누군가가 ResumeThread(이전 카운트를 돌려준다)를 부를 때까지 한 문장도 실행되지 않는다. SuspendThread는 카운트를 하나 올린다. 그동안 GetExitCodeThread는 STILL_ACTIVE(259)를 준다.',
    },
  },
  {
    id: 'named-pipe',
    name: { en: 'Named pipe', ko: '이름있는 파이프' },
    explanation: {
      en: 'A two-way pipe with a name, for a server and clients. The server makes an instance with CreateNamedPipe and waits with ConnectNamedPipe; a client opens it with CreateFile. Servers loop: one instance per client, and a client that connected before ConnectNamedPipe makes it return FALSE with ERROR_PIPE_CONNECTED, which is a success.',
      ko: '서버와 클라이언트를 위한 이름있는 양방향 파이프. 서버는 CreateNamedPipe로 인스턴스를 만들고 ConnectNamedPipe로 연결을 기다리며, 클라이언트는 CreateFile로 연다. 서버는 while 루프로 클라이언트마다 인스턴스를 만든다. ConnectNamedPipe 전에 이미 연결된 클라이언트가 있으면 FALSE와 ERROR_PIPE_CONNECTED가 오는데, 이것도 성공이다.',
    },
  },
  {
    id: 'pipe-busy',
    name: { en: 'Busy pipe and WaitNamedPipe', ko: '사용 중인 파이프와 WaitNamedPipe' },
    explanation: {
      en: 'When every instance is connected, a client’s CreateFile fails with ERROR_PIPE_BUSY (231). The client then calls WaitNamedPipe, which returns when an instance is listening again, and tries CreateFile again (the wait reserves nothing).',
      ko: '모든 인스턴스가 연결 중이면 클라이언트의 CreateFile은 ERROR_PIPE_BUSY(231)로 실패한다. 클라이언트는 WaitNamedPipe로 인스턴스가 다시 연결을 기다릴 때까지 기다렸다가 CreateFile을 다시 시도한다(기다림이 자리를 예약해 주지는 않는다).',
    },
  },
  {
    id: 'read-mode',
    name: { en: 'Message vs byte read mode', ko: '메시지 모드와 바이트 모드' },
    explanation: {
      en: 'A PIPE_TYPE_MESSAGE pipe keeps write boundaries, but a client handle starts in byte read mode, where messages run together. SetNamedPipeHandleState(h, PIPE_READMODE_MESSAGE) makes each ReadFile return one message.',
      ko: 'PIPE_TYPE_MESSAGE 파이프는 쓰기 경계를 보존하지만, 클라이언트 핸들은 바이트 읽기 모드로 시작해서 메시지가 이어 붙어 읽힌다. SetNamedPipeHandleState(h, PIPE_READMODE_MESSAGE)로 바꾸면 ReadFile 한 번에 메시지 하나가 읽힌다.',
    },
  },
  {
    id: 'flush-disconnect',
    name: { en: 'FlushFileBuffers and DisconnectNamedPipe', ko: 'FlushFileBuffers와 DisconnectNamedPipe' },
    explanation: {
      en: 'FlushFileBuffers waits until the other end has read everything written. DisconnectNamedPipe then ends the connection (unread data is thrown away; the client’s reads fail with ERROR_PIPE_NOT_CONNECTED, 233), and CloseHandle drops the usage count of the instance.',
      ko: 'FlushFileBuffers는 상대가 쓴 데이터를 모두 읽을 때까지 기다린다(버퍼에 남은 데이터를 비운다). 그 다음 DisconnectNamedPipe로 연결을 끊고(읽지 않은 데이터는 버려지며 클라이언트의 ReadFile은 ERROR_PIPE_NOT_CONNECTED(233)로 실패), CloseHandle로 Usage Count를 1 줄인다.',
    },
  },
  {
    id: 'usage-count',
    name: { en: 'Usage count', ko: 'Usage Count (참조 횟수)' },
    explanation: {
      en: 'A kernel object counts who refers to it: each handle in any table, and for a process object the running process itself (so 2 right after CreateProcess). CreateProcess and DuplicateHandle raise it; CloseHandle and the process’s exit lower it. The object is destroyed only when it reaches 0.',
      ko: '커널 오브젝트는 자신을 참조하는 수를 센다: 모든 핸들 테이블의 핸들 하나하나, 프로세스 오브젝트라면 실행 중인 프로세스 자신도(그래서 CreateProcess 직후 2). CreateProcess와 DuplicateHandle이 늘리고 CloseHandle과 프로세스 종료가 줄인다. 0이 되어야 오브젝트가 소멸된다.',
    },
  },
  {
    id: 'handle-leak',
    name: { en: 'Handle leak', ko: '핸들 누수' },
    explanation: {
      en: 'A handle that is never closed keeps its object alive: a child that has exited still has a process object (count 1) as long as the parent holds pi.hProcess. Only the parent’s own exit, which closes all its handles, frees it.',
      ko: '닫지 않은 핸들은 오브젝트를 살려 둔다. 부모가 pi.hProcess를 닫지 않으면 종료된 자식의 프로세스 오브젝트가 Usage Count 1로 남는다. 부모가 종료되어 모든 핸들이 닫혀야 사라진다.',
    },
  },
  {
    id: 'last-error',
    name: { en: 'GetLastError', ko: 'GetLastError' },
    explanation: {
      en: 'A failing API returns FALSE, 0 or INVALID_HANDLE_VALUE and records why in the calling thread’s last-error value; GetLastError reads it right after the call. A success may leave the old value there, so read it only after a failure.',
      ko: 'API가 실패하면 FALSE, 0, INVALID_HANDLE_VALUE 등을 돌려주고 이유를 스레드의 last-error 값에 남긴다. 호출 직후 GetLastError로 읽는다. 성공했을 때는 이전 값이 남아 있을 수 있으니 실패한 경우에만 읽는다.',
    },
  },
  {
    id: 'deadlock',
    name: { en: 'Deadlock', ko: '교착 상태(데드락)' },
    explanation: {
      en: 'Every remaining process waits for something only another waiting process could provide, and no timer is pending: nothing can ever run again. The simulator stops and shows who waits for what.',
      ko: '남은 프로세스가 모두 다른 대기 중인 프로세스만 줄 수 있는 것을 기다리고, 남은 타이머도 없다: 아무것도 다시 실행될 수 없다. 시뮬레이터는 멈추고 누가 무엇을 기다리는지 보여준다.',
    },
  },
];

export function findConcept(id: ConceptId): Concept | undefined {
  return CONCEPTS.find((c) => c.id === id);
}
