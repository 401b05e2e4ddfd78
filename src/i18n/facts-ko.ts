/**
 * The behaviour facts (src/kernel/facts.ts) in Korean: fact id → the Korean statement, shown
 * on the API card and the Accuracy page in Korean mode. Every Win32 name, constant, error name
 * and number, path and code fragment is kept verbatim from the English statement; the tests
 * check that and that no id is missing.
 *
 * The UI loads this file on demand, in its own chunk (a dynamic import only in Korean mode),
 * so it imports nothing: not the English facts, not i18next.
 *
 * Register: textbook 평서문 ("~한다"); terms as in the textbook (핸들 테이블, 커널 오브젝트,
 * 사용 카운트, signaled/non-signaled 상태, 가짜 핸들, 읽기 끝/쓰기 끝, 환경 변수 블록, 마지막 오류).
 */
export const FACTS_KO: Readonly<Record<string, string>> = {
  '0.3': '이미 종료 중인 프로세스는 요청을 ERROR_ACCESS_DENIED (5) 오류로 거부한다.',

  // 1. 메일슬롯
  '1.1': 'CreateMailslot에 \\\\.\\mailslot\\ 밖의 이름을 주면 ERROR_INVALID_NAME (123) 오류로 실패한다.',
  '1.2': 'CreateMailslot(NULL)은 ERROR_PATH_NOT_FOUND (3) 오류로 실패한다.',
  '1.3':
    'CreateMailslot은 nMaxMessageSize와 lReadTimeout을 주어진 값 그대로 보관한다. 새로 만든 메일슬롯은 메시지가 없다고 알려 준다.',
  '1.4': 'GetMailslotInfo는 모든 출력 포인터 인자에 NULL을 받아들인다.',
  '1.5': '메일슬롯 서버 핸들이 아닌 핸들에 대한 GetMailslotInfo는 실패한다.',
  '1.6': '서버 핸들이 열려 있는 이름으로 CreateMailslot을 한 번 더 호출하면 실패한다.',
  '1.7': '하나뿐인 서버 핸들이 닫히면 그 이름으로 다시 만들 수 있다.',
  '1.8': '아무도 만들지 않은 메일슬롯 이름에 대한 CreateFile은 실패한다.',
  '1.9': '메일슬롯 클라이언트는 dwShareMode 0으로 열 수 있다(Vista 이후).',
  '1.10': '메일슬롯 클라이언트는 쓰기만 할 수 있지만 GENERIC_READ|GENERIC_WRITE를 요청해도 된다.',
  '1.11': '여러 클라이언트가 하나의 메일슬롯에 동시에 쓸 수 있다.',
  '1.12':
    '타임아웃이 0인 빈 메일슬롯을 읽으면 0바이트로 성공하는 것이 아니라 즉시 ERROR_SEM_TIMEOUT (121) 오류로 실패한다.',
  '1.13':
    '빈 메일슬롯에 대한 0바이트 읽기도 ERROR_SEM_TIMEOUT 오류로 실패하며, 읽은 바이트 수를 0으로 알려 준다.',
  '1.14':
    '읽기 타임아웃이 유한하면 빈 메일슬롯 읽기는 그 시간만큼 대기한 뒤 ERROR_SEM_TIMEOUT 오류로 실패한다.',
  '1.15':
    'MAILSLOT_WAIT_FOREVER를 주면 읽기는 메시지가 올 때까지 대기한다. SetMailslotInfo는 타임아웃을 바꾼다.',
  '1.16':
    '유효하지 않은 핸들에 대한 ReadFile은 ERROR_INVALID_HANDLE (6) 오류로 실패하고 바이트 수를 0으로 설정한다.',
  '1.17': '메일슬롯 서버 핸들에 대한 WriteFile은 ERROR_ACCESS_DENIED (5) 오류로 실패한다.',
  '1.18': '메일슬롯 클라이언트 핸들에 대한 ReadFile은 실패한다(여기서는 ERROR_ACCESS_DENIED).',
  '1.19': 'ReadFile 한 번은 버퍼가 아무리 커도 정확히 메시지 하나를 통째로 돌려준다.',
  '1.20': '메시지는 쓰인 순서대로, 각각 자기 크기 그대로 나온다.',
  '1.21': 'GetMailslotInfo는 맨 앞 메시지의 크기와 메시지 개수를 알려 준다.',
  '1.22':
    '길이 0인 쓰기는 빈 메시지를 큐에 넣는다: NextSize는 0이고, 그 메시지를 읽으면 0바이트와 함께 TRUE를 반환한다.',
  '1.23': '남은 메시지가 없으면 NextSize는 MAILSLOT_NO_MESSAGE이고 메시지 개수는 0이다.',
  '1.24': 'nMaxMessageSize가 0이면 어떤 크기든 허용한다. 0이 아닌 한도보다 큰 메시지는 거부된다.',
  '1.25': '맨 앞 메시지보다 작은 읽기 버퍼로 읽어도 그 메시지는 소비되지 않는다.',
  '1.26': '마지막 서버 핸들을 닫으면 메일슬롯이 읽지 않은 메시지와 함께 삭제된다.',
  '1.27': 'lpSecurityAttributes의 bInheritHandle이 메일슬롯 핸들의 상속 가능 여부를 정한다.',

  // 2. 익명 파이프
  '2.1': 'nSize가 0인 CreatePipe는 4096바이트 버퍼를 만든다. 읽기 끝이 서버 쪽 끝이다.',
  '2.2': 'CreatePipe는 nSize를 그대로 버퍼 크기로 쓴다.',
  '2.3': '읽기 끝으로는 읽기만, 쓰기 끝으로는 쓰기만 할 수 있다.',
  '2.4': '파이프에 쓴 바이트는 쓴 순서대로 읽힌다.',
  '2.5':
    '쓰는 쪽이 닫은 뒤에도 읽는 쪽은 남은 데이터를 받고, 그다음에는 ERROR_BROKEN_PIPE (109) 오류를 받는다.',
  '2.6': '버퍼에 들어가는 쓰기는 읽는 쪽이 실행 중이 아니어도 완료된다.',
  '2.7':
    '빈 파이프를 읽으면 대기한다. 바이트가 조금이라도 들어오면 곧바로 반환하며, 요청한 것보다 적을 수 있다.',
  '2.8':
    '빈 공간보다 큰 쓰기는 그 쓰기의 아직 읽히지 않은 나머지가 버퍼에 들어갈 때까지 대기한다(부분 쓰기는 없다).',
  '2.9': '대기 중인 쓰기의 바이트는 이미 Peek로 보이며 이미 읽을 수도 있다.',
  '2.10': '읽기 핸들이 모두 닫힌 뒤의 쓰기는 ERROR_NO_DATA (232) 오류로 실패한다.',
  '2.11':
    '읽는 쪽이 사라질 때 이미 대기 중이던 쓰기는 ERROR_BROKEN_PIPE 오류로 실패하고, 그 뒤의 쓰기는 ERROR_NO_DATA 오류를 받는다.',
  '2.13': 'PeekNamedPipe는 읽기 끝에서 동작하며 절대 대기하지 않는다.',
  '2.14':
    '빈 파이프에 대한 0바이트 읽기는 데이터가 올 때까지 대기한 뒤, 데이터는 그대로 둔 채 0바이트를 반환한다.',
  '2.15':
    '보안 속성 없이 호출한 CreatePipe는 상속 불가능한 핸들을 만든다. SetHandleInformation으로 이를 바꿀 수 있다.',
  '2.16':
    '파이프는 양쪽 끝의 핸들이 모두 닫힐 때까지 존재한다. 프로세스가 종료하면 그 프로세스의 핸들이 닫힌다.',
  '2.17': '대기 중인 쓰기 도중에 프로세스가 죽으면 그 쓰기의 읽히지 않은 나머지는 버려진다.',

  // 3. 이름 있는 파이프
  '3.1': 'CreateNamedPipe에 \\\\.\\pipe\\ 밖의 이름을 주면 ERROR_INVALID_NAME (123) 오류로 실패한다.',
  '3.2': 'CreateNamedPipe(NULL)은 ERROR_PATH_NOT_FOUND (3) 오류로 실패한다.',
  '3.3': '바이트 타입 파이프에 메시지 읽기 모드를 지정하면 ERROR_INVALID_PARAMETER (87) 오류로 거부된다.',
  '3.4': '파이프 이름은 접두사까지 포함해 대소문자를 구분하지 않는다.',
  '3.5': 'nMaxInstances는 1..255여야 하며, 그렇지 않으면 ERROR_INVALID_PARAMETER 오류가 난다.',
  '3.6': 'NMPWAIT_USE_DEFAULT_WAIT는 파이프의 기본 타임아웃을 쓰며, 그 값이 0이면 50 ms를 쓴다.',
  '3.7': '최대 개수를 넘어 인스턴스를 하나 더 만들면 ERROR_PIPE_BUSY (231) 오류로 실패한다.',
  '3.8': '접근 모드가 다른 추가 인스턴스는 ERROR_ACCESS_DENIED (5) 오류로 실패한다.',
  '3.9':
    '인스턴스 사이의 그 밖의 차이(타입, 크기, 타임아웃, 최대 개수)는 받아들여지며, 첫 인스턴스의 설정이 적용된다.',
  '3.10': '이름이 이미 있을 때 FILE_FLAG_FIRST_PIPE_INSTANCE를 주면 ERROR_ACCESS_DENIED 오류로 실패한다.',
  '3.11': '서버 핸들은 INBOUND이면 읽기, OUTBOUND이면 쓰기, DUPLEX이면 둘 다 할 수 있다.',
  '3.12': '서버 핸들은 그 핸들에 ConnectNamedPipe가 대기 중인 동안을 빼고는 signaled 상태이다.',
  '3.13':
    'GetNamedPipeInfo는 어느 쪽 끝인지와 파이프 타입을 나타내는 플래그, 주어진 그대로의 버퍼 크기, 최대 인스턴스 수를 알려 준다.',
  '3.14': '아무도 만들지 않은 파이프 이름에 대한 CreateFile은 ERROR_FILE_NOT_FOUND (2) 오류로 실패한다.',
  '3.15': '새 인스턴스는 ConnectNamedPipe를 호출하기 전부터 곧바로 클라이언트를 받아들인다.',
  '3.16':
    '하나뿐인 인스턴스가 연결됨, 닫는 중, 연결 해제됨 상태인 동안에는 클라이언트가 빈 인스턴스를 찾지 못한다: ERROR_PIPE_BUSY.',
  '3.17': '클라이언트는 가장 먼저 연결 대기를 시작한 인스턴스를 얻는다.',
  '3.18':
    '클라이언트는 접근 권한을 전혀 요청하지 않고도 열 수 있다. 그러면 SYNCHRONIZE|FILE_READ_ATTRIBUTES 권한만 가진다.',
  '3.19': 'outbound 전용 파이프에 쓰기를(또는 inbound 전용 파이프에 읽기를) 요청하는 클라이언트는 거부된다.',
  '3.20': '클라이언트 핸들은 메시지 파이프에서도 바이트 읽기 모드로 시작한다.',
  '3.21': '인스턴스가 하나도 없는 이름에 대한 WaitNamedPipe는 즉시 ERROR_FILE_NOT_FOUND 오류로 실패한다.',
  '3.22': '연결 대기 중인 인스턴스가 있으면 WaitNamedPipe는 즉시 TRUE를 반환한다.',
  '3.23': '모든 인스턴스가 사용 중이면 WaitNamedPipe는 타임아웃 뒤 ERROR_SEM_TIMEOUT (121) 오류로 실패한다.',
  '3.24':
    '대기 중인 WaitNamedPipe는 인스턴스가 연결 대기를 시작하면(새 인스턴스든 다시 연결 대기하는 인스턴스든) 반환한다.',
  '3.25': 'WaitNamedPipe는 아무것도 예약하지 않는다. NMPWAIT_WAIT_FOREVER는 제한 없이 대기한다.',
  '3.26':
    '클라이언트가 이미 연결한 뒤의 ConnectNamedPipe는 ERROR_PIPE_CONNECTED (535) 오류로 실패하지만, 연결은 정상이다.',
  '3.27':
    '클라이언트 핸들에 대한 ConnectNamedPipe나 DisconnectNamedPipe는 ERROR_INVALID_FUNCTION (1) 오류로 실패한다.',
  '3.28': '클라이언트가 없으면 ConnectNamedPipe는 클라이언트가 파이프를 열 때까지 대기한 뒤 TRUE를 반환한다.',
  '3.29': '클라이언트가 이미 떠났을 때(닫는 중) ConnectNamedPipe는 ERROR_NO_DATA (232) 오류로 실패한다.',
  '3.32':
    'PIPE_NOWAIT 서버에서는 클라이언트가 없을 때 ConnectNamedPipe가 ERROR_PIPE_LISTENING (536) 오류로 실패한다.',
  '3.33': '한 번도 클라이언트가 연결된 적 없는 서버에서 읽거나 쓰면 ERROR_PIPE_LISTENING 오류로 실패한다.',
  '3.34': '바이트 모드에서는 쓰기의 경계가 유지되지 않는다: 두 번의 쓰기가 한 번의 읽기로 나올 수 있다.',
  '3.35': '메시지 모드로 읽는 쪽은 읽기 한 번에 메시지 하나를 받는다.',
  '3.36': '메시지 파이프를 바이트 모드로 읽는 쪽은 메시지들을 이어 붙인 채로 받는다.',
  '3.37':
    '버퍼보다 긴 메시지를 읽으면 버퍼를 채우고 FALSE를 반환하며 마지막 오류는 ERROR_MORE_DATA (234)이다. 나머지는 다음 읽기에서 나온다.',
  '3.38': '메시지의 읽히지 않은 나머지는 파이프에 남아, 누구든 다음에 읽는 쪽이 받는다.',
  '3.40': '0바이트 쓰기는 메시지 파이프에서는 빈 메시지가 되고, 바이트 파이프에서는 아무 일도 하지 않는다.',
  '3.41': '상대 쪽으로 가는 버퍼가 가득 차 있는 동안 쓰기는 대기한다. 0바이트 쓰기는 절대 대기하지 않는다.',
  '3.42': '바이트 파이프에 메시지 읽기 모드를 요청하면 ERROR_INVALID_PARAMETER 오류로 실패한다.',
  '3.43': '메시지 파이프에서는 어느 쪽 끝이든 바이트 읽기 모드와 메시지 읽기 모드를 오갈 수 있다.',
  '3.44':
    'GetNamedPipeHandleState는 상태와 인스턴스 수를 알려 준다. 로컬 파이프에서 수집(collection) 정보를 요청하면 ERROR_INVALID_PARAMETER 오류가 난다.',
  '3.45': '빈 파이프를 PIPE_NOWAIT 모드로 읽으면 즉시 ERROR_NO_DATA 오류로 실패한다.',
  '3.46': '버퍼에 들어가지 않는 PIPE_NOWAIT 쓰기는 아무것도 쓰지 않고도 TRUE를 반환한다.',
  '3.47': '연결 대기 중인 서버에 대한 PeekNamedPipe는 ERROR_BAD_PIPE (230) 오류로 실패한다.',
  '3.48':
    '버퍼 없이 Peek하면 읽을 수 있는 전체 바이트 수를 알려 준다. 이 메시지의 남은 바이트 수(left-this-message)는 바이트 파이프에서는 0, 메시지 파이프에서는 메시지 크기이다.',
  '3.49':
    '작은 버퍼로 Peek하면 남은 바이트 수(left)는 메시지의 나머지이고, 바이트 파이프에서는 0에서 읽은 바이트 수를 뺀 값(부호 없는 정수로 순환한 값)이다.',
  '3.50': '메시지 파이프에 대한 Peek는 핸들의 읽기 모드와 상관없이 맨 앞 메시지만 복사한다.',
  '3.51': '상대가 닫은 뒤에도 Peek는 남은 데이터를 보여 주고, 그 뒤에는 ERROR_BROKEN_PIPE 오류로 실패한다.',
  '3.52':
    '연결 해제 뒤 Peek는 실패한다: 클라이언트는 ERROR_PIPE_NOT_CONNECTED, 서버는 ERROR_BAD_PIPE 오류를 받는다.',
  '3.53':
    'TransactNamedPipe는 메시지 읽기 모드로 읽는 메시지 파이프에서만 쓸 수 있으며, 그렇지 않으면 ERROR_BAD_PIPE 오류가 난다.',
  '3.54':
    '호출한 쪽으로 온 데이터가 아직 읽히지 않고 남아 있으면 TransactNamedPipe는 ERROR_PIPE_BUSY 오류로 실패한다.',
  '3.55':
    'TransactNamedPipe는 메시지 하나를 쓰고 응답 하나를 읽는다. 응답이 길면 ERROR_MORE_DATA 오류가 난다.',
  '3.56':
    'DisconnectNamedPipe는 읽지 않은 데이터를 버린다. 그 뒤 어느 쪽 끝의 I/O든 ERROR_PIPE_NOT_CONNECTED (233) 오류로 실패한다.',
  '3.57': '두 번째 DisconnectNamedPipe는 ERROR_PIPE_NOT_CONNECTED 오류로 실패한다.',
  '3.58': '연결 해제 뒤 클라이언트 핸들은 non-signaled 상태이다.',
  '3.59':
    '연결 해제는 어느 쪽 끝에서든 대기 중인 읽기, 쓰기, 플러시를 ERROR_PIPE_NOT_CONNECTED 오류로 실패하게 한다.',
  '3.60':
    '한쪽 끝이 닫히면 다른 쪽은 남은 데이터를 읽은 뒤 ERROR_BROKEN_PIPE 오류를 받고, 그쪽의 쓰기는 ERROR_NO_DATA 오류를 받는다.',
  '3.61': '데이터가 쌓여 있을 때 바이트 모드의 0바이트 읽기는 0바이트로 성공한다.',
  '3.62': '상대가 닫으면 대기 중인 읽기, 쓰기, 플러시는 ERROR_BROKEN_PIPE 오류로 실패한다.',
  '3.63': 'Get/SetNamedPipeHandleState는 상대가 닫은 뒤에도 동작한다.',
  '3.64':
    'FlushFileBuffers는 쓴 데이터를 상대가 모두 읽을 때까지 대기한다. 읽히지 않은 데이터가 없거나 연결되어 있지 않으면 즉시 돌아온다.',
  '3.65': '연결, 통신, 플러시, 연결 해제, 재연결을 한 인스턴스에서 몇 번이고 되풀이할 수 있다.',
  '3.66': '연결 해제한 뒤 닫으면 다른 쪽 끝은 깨진(broken) 상태가 아니라 연결 해제된 상태로 남는다.',
  '3.67':
    '서버 핸들을 닫으면 인스턴스는 즉시 끝난다: 더는 인스턴스 수에 세지 않으므로 새 인스턴스를 만들 수 있다.',
  '3.68': '클라이언트가 닫은 뒤 서버 인스턴스는 DisconnectNamedPipe까지 CLOSING 상태로 남는다.',
  '3.69': '새 인스턴스는 LISTENING 상태이다.',
  '3.70': '클라이언트가 연결 대기 중인 인스턴스를 열면 그 인스턴스는 CONNECTED 상태가 된다.',
  '3.71': '연결된 인스턴스의 한쪽 끝이 닫히면 다른 쪽 끝에서 본 그 인스턴스는 CLOSING 상태가 된다.',
  '3.72': 'DisconnectNamedPipe는 인스턴스를 DISCONNECTED 상태로 만든다.',
  '3.73': '연결 해제된 인스턴스에 대한 ConnectNamedPipe는 그 인스턴스를 다시 LISTENING 상태로 만든다.',

  // 4. 커널 오브젝트와 핸들
  '4.1': '핸들 값의 하위 2비트는 무시된다.',
  '4.2':
    '잘못된 핸들을 대기하면 WAIT_FAILED를 반환하고 마지막 오류는 ERROR_INVALID_HANDLE이다. 성공한 대기는 마지막 오류를 바꾸지 않는다.',
  '4.3': 'NULL, 이미 닫힌 핸들, 지어낸 핸들에 대한 CloseHandle은 ERROR_INVALID_HANDLE 오류로 실패한다.',
  '4.4': 'CloseHandle(INVALID_HANDLE_VALUE)는 성공한다: -1은 현재 프로세스의 가짜 핸들이다.',
  '4.5': '가짜 핸들은 모든 접근 권한을 가지며, 상속되지 않고, 닫을 필요가 없다.',
  '4.6': '프로세스 핸들이 아닌 핸들에 대한 프로세스 함수 호출은 ERROR_INVALID_HANDLE 오류로 실패한다.',
  '4.7':
    '자기 프로세스의 가짜 핸들을 대기하면 타임아웃된다. WaitForMultipleObjects에서는 유효하지 않은 핸들이다.',
  '4.8': '현재 프로세스의 가짜 핸들을 복제하면 요청한 상속 플래그를 가진 진짜 핸들이 나온다.',
  '4.9': '한 프로세스 안에서 복제하면서 원본을 닫으면(DUPLICATE_CLOSE_SOURCE) 같은 핸들 값이 반환된다.',
  '4.10': '바로 전에 더 낮은 슬롯이 해제되었어도, 복제하면서 원본을 닫으면 같은 핸들 값이 반환된다.',
  '4.11': '닫기 보호된 원본은 DUPLICATE_CLOSE_SOURCE로 닫히지 않으며, 복사본은 새 값을 받는다.',
  '4.12':
    'DuplicateHandle에는 두 프로세스 모두에 대한 PROCESS_DUP_HANDLE 권한이 필요하다. CLOSE_SOURCE는 실패해도 원본을 닫는다.',
  '4.13': '프로세스는 DuplicateHandle로 다른 프로세스의 핸들을 가져올 수 있다.',
  '4.14': '다른 프로세스로 복제한 핸들은 그 프로세스에서만 의미가 있다.',
  '4.15':
    '핸들 플래그는 INHERIT (1)과 PROTECT_FROM_CLOSE (2)이다. SetHandleInformation은 마스크로 지정한 비트만 바꾼다.',
  '4.16':
    '닫기 보호된 핸들에 대한 CloseHandle은 ERROR_INVALID_HANDLE 오류로 실패하고 핸들은 열린 채로 남는다.',
  '4.17': '커널 오브젝트는 마지막 참조가 사라지면 소멸되고, 그 뒤에는 그 이름을 다시 쓸 수 있다.',
  '4.18':
    'OpenProcess는 어떤 핸들이든 프로세스 오브젝트를 붙잡고 있는 동안에는 동작하고, 그 뒤에는 ERROR_INVALID_PARAMETER (87) 오류로 실패한다.',
  '4.19': '핸들을 닫아도 다른 프로세스가 같은 오브젝트에 대해 하고 있는 대기는 방해받지 않는다.',
  '4.21':
    '대기에는 SYNCHRONIZE 접근 권한이 필요하며, 없으면 WAIT_FAILED를 반환하고 마지막 오류는 ERROR_ACCESS_DENIED이다.',
  '4.22':
    'CloseHandle((HANDLE)STD_ERROR_HANDLE)은 현재 표준 오류 핸들을 닫는다. 그 뒤 GetStdHandle은 NULL을 반환한다.',

  // 5. 프로세스와 대기
  '5.1':
    'WaitForSingleObject는 signaled 상태가 되면 WAIT_OBJECT_0 값을, 타임아웃되면 WAIT_TIMEOUT (258) 값을 반환한다.',
  '5.4':
    'WaitForMultipleObjects로 하나라도 signaled 상태가 되기를 기다리면(any) WAIT_OBJECT_0에 signaled 상태인 가장 작은 인덱스를 더한 값이 반환된다.',
  '5.5': '실패한 CreateProcess는 PROCESS_INFORMATION을 0으로 채워 둔다.',
  '5.6':
    '없는 실행 파일에 대한 CreateProcess는 ERROR_FILE_NOT_FOUND (2) 오류로 실패한다. 이름이 비어 있으면 ERROR_PATH_NOT_FOUND (3), 현재 디렉터리가 잘못되었으면 ERROR_DIRECTORY (267) 오류이다.',
  '5.7':
    '자식 프로세스가 종료하면 그 프로세스 핸들은 signaled 상태가 되고 GetExitCodeProcess는 그 종료 코드를 돌려준다.',
  '5.8': '실행 중인 프로세스에 대한 GetExitCodeProcess는 STILL_ACTIVE (259)를 돌려준다.',
  '5.9': 'TerminateProcess는 주어진 종료 코드를 설정한다.',
  '5.10':
    'CREATE_SUSPENDED 플래그로 만든 자식 프로세스는 실행되지 않는다: GetExitCodeThread는 STILL_ACTIVE를 돌려주고, ResumeThread는 이전 서스펜드 카운트인 1을 반환하며 자식을 실행시킨다.',
  '5.11': '상속이 없으면 부모 프로세스의 핸들 값은 자식 프로세스에서 아무 의미가 없다: ERROR_INVALID_HANDLE.',
  '5.12':
    'bInheritHandles가 TRUE이면 상속 가능한 모든 핸들이 자식 프로세스에 같은 값, 같은 접근 권한으로 나타난다.',
  '5.13':
    'PROC_THREAD_ATTRIBUTE_HANDLE_LIST는 상속을 목록에 있는 핸들로 한정하며 값은 그대로이다. 목록에 없는 상속 가능 핸들은 상속되지 않는다.',
  '5.14':
    'STARTF_USESTDHANDLES는 자식 프로세스에 hStdInput/hStdOutput/hStdError를 주며, bInheritHandles가 FALSE이면 NULL 핸들을 준다. 이 플래그가 없으면 콘솔 자식 프로세스는 부모 프로세스의 표준 핸들을 받는다.',
  '5.15':
    'lpEnvironment가 NULL이면 그 시점의 부모 프로세스 환경 변수 블록이 복사된다. 명시한 블록은 주어진 그대로 쓰인다.',
  '5.16':
    '종료는 프로세스의 모든 핸들을 닫고, 종료 코드를 설정하고, 프로세스 오브젝트를 signaled 상태로 만든다.',
  '5.17': '종료한 프로세스도 아직 열려 있는 핸들로 여전히 정보를 조회할 수 있다.',
  '5.19': 'CreateProcess는 새 프로세스와 스레드의 핸들과 ID를 돌려주며, 이 값들은 4의 배수이다.',

  // 6. 환경 변수
  '6.1': 'SetEnvironmentVariable(name, value)는 성공한다.',
  '6.2': '버퍼가 너무 작으면 GetEnvironmentVariable은 종료 문자를 포함해 필요한 크기를 반환한다.',
  '6.3': 'GetEnvironmentVariable에 한 글자 모자란 버퍼를 주면 버퍼는 손대지 않은 채로 남는다.',
  '6.4': '버퍼가 충분하면 GetEnvironmentVariable은 종료 문자를 뺀 길이를 반환하고 버퍼를 채운다.',
  '6.5': '환경 변수 이름은 대소문자를 구분하지 않는다.',
  '6.6':
    '값으로 NULL을 설정하면 변수가 삭제된다. 그 뒤 읽으면 0을 반환하고 마지막 오류는 ERROR_ENVVAR_NOT_FOUND (203)이다.',
  '6.7':
    '빈 값도 존재하는 값이다: 읽으면 0을 반환하고 마지막 오류는 바뀌지 않는다(크기를 물으면 1을 반환한다).',
  '6.8': '따라서 0은 빈 값이거나 없는 변수라는 뜻이며, 어느 쪽인지는 GetLastError로만 알 수 있다.',
  '6.9': 'NULL이나 빈 이름을 주면 0을 반환하고 마지막 오류는 ERROR_ENVVAR_NOT_FOUND이다.',
  '6.10': 'GetEnvironmentStrings는 호출할 때마다 새 복사본을 반환한다.',
  '6.11':
    'SetEnvironmentStrings는 환경 변수 블록 전체를 바꾼다. "="가 없거나 "="로 시작하는 항목은 ERROR_INVALID_PARAMETER 오류로 실패한다. 값에는 "="가 들어갈 수 있다.',
  '6.12':
    'ExpandEnvironmentStrings는 필요한 크기를 종료 문자를 포함한 문자 수로 반환한다. 모르는 %VAR%는 그대로 남고, 치환해 넣은 값은 다시 확장되지 않는다.',
  '6.13':
    '자식 프로세스는 환경 변수 블록의 자기 사본을 가진다. 그 뒤 부모 프로세스에서 바꾼 내용은 자식에게 전해지지 않는다.',
  '6.14': '환경 변수 이름에는 "="가 들어갈 수 없다.',

  // 7. 흔한 함정
  '7.1': '쓰기 끝 핸들의 사본이 하나라도 열려 있는 동안 파이프를 읽는 쪽은 결코 EOF를 보지 못한다.',
  '7.2': '상속되지 않은 핸들은 자식 프로세스에서 유효하지 않다.',
  '7.3': 'ConnectNamedPipe가 돌려준 ERROR_PIPE_CONNECTED는 성공을 뜻한다.',
  '7.4': 'DisconnectNamedPipe 없이 인스턴스를 다시 쓰려 하면 실패한다.',
  '7.5': '없는 이름에 대한 WaitNamedPipe는 즉시 실패한다.',
  '7.6': '플러시 없이 연결을 해제하면 클라이언트가 아직 읽지 않은 응답이 버려질 수 있다.',
  '7.7':
    'ERROR_MORE_DATA는 치명적인 오류가 아니다. 클라이언트는 메시지 모드를 요청하기 전까지 바이트 모드로 읽는다.',
  '7.8':
    '메일슬롯을 읽는 쪽은 NextSize에 맞춰 버퍼 크기를 정해야 한다. 빈 메일슬롯에서 타임아웃이 0이면 ERROR_SEM_TIMEOUT 오류가 난다.',
  '7.9': '버퍼보다 큰 GetEnvironmentVariable 반환값은 길이가 아니라 필요한 크기이다.',
  '7.10':
    '-1은 INVALID_HANDLE_VALUE이면서 현재 프로세스의 가짜 핸들이기도 하다. OpenProcess는 실패하면 NULL을 반환한다.',

  // 8. 시뮬레이터의 결정
  '8.1': '핸들 값은 4부터 시작하는 4의 배수이다. 해제된 슬롯은 가장 나중에 해제된 것부터 다시 쓰인다.',
  '8.2': 'GetCurrentProcess()는 -1, GetCurrentThread()는 -2이다.',
  '8.3':
    '이미 쓰이는 이름으로 CreateMailslot을 호출하면 ERROR_ALREADY_EXISTS 오류가 나고, 없는 메일슬롯이나 파이프를 열면 ERROR_FILE_NOT_FOUND 오류가 난다.',
  '8.4':
    '너무 작은 버퍼로 메일슬롯을 읽으면 ERROR_INSUFFICIENT_BUFFER (122) 오류로 실패하고, 0바이트를 읽으며, 메시지는 그대로 남는다.',
  '8.5':
    '크기 제한을 넘는 메일슬롯 메시지는 ERROR_INVALID_PARAMETER 오류가 나고, 메일슬롯이 없어진 뒤에 쓰면 ERROR_NO_DATA 오류가 난다.',
  '8.6': '파이프의 쓰기 끝에서 읽거나 읽기 끝에 쓰면 ERROR_ACCESS_DENIED 오류로 실패한다.',
  '8.7':
    '사용 카운트는 핸들 수에 다른 참조를 더한 값이다: 실행 중인 프로세스나 스레드는 자기 자신에 대한 참조를 하나 가지고, 대기 중인 호출은 대기 대상에 대한 참조를 하나 가진다.',

  // 커널 전반과 파일 시스템
  'K.1': 'Sleep과 GetTickCount는 가상 시계를 쓴다. Sleep(0)은 즉시 반환한다.',
  'K.2': '마지막 오류는 스레드마다 따로 보관된다. 성공한 호출은 이를 바꾸지 않고 둘 수도 있다.',
  'K.3':
    '파이프 전용 함수를 파일이나 메일슬롯 핸들에 호출하면 ERROR_INVALID_FUNCTION (1) 오류로, 프로세스나 스레드 핸들에 호출하면 ERROR_INVALID_HANDLE 오류로 실패한다.',
  'K.4':
    'PeekNamedPipe에는 읽기 권한이, TransactNamedPipe에는 읽기와 쓰기 권한이 필요하다. 그 권한이 없는 핸들은 파이프에 대한 어떤 검사보다 먼저 ERROR_ACCESS_DENIED 오류를 받는다.',
  'K.5':
    'FlushFileBuffers에는 쓰기 권한이 필요하다: 읽기 전용 핸들은 ERROR_ACCESS_DENIED 오류를, 프로세스나 스레드 핸들은 ERROR_INVALID_HANDLE 오류를 받는다.',
  'K.6':
    'SetNamedPipeHandleState에는 FILE_WRITE_ATTRIBUTES 권한이 필요하다: GENERIC_READ만으로 연 클라이언트는 ERROR_ACCESS_DENIED 오류를 받는다.',
  'K.7':
    'DisconnectNamedPipe로 끊긴 클라이언트 핸들은 인스턴스에서 떨어져 나간다: GetNamedPipeInfo, Get/SetNamedPipeHandleState, TransactNamedPipe는 ERROR_PIPE_NOT_CONNECTED 오류로 실패한다.',
  'K.8':
    '연결되지 않은 인스턴스(연결 대기 중, 닫는 중, 또는 연결 해제된 서버 끝)에 대한 TransactNamedPipe는 ERROR_BAD_PIPE (230) 오류로 실패한다.',
  'K.9':
    '인스턴스가 이미 nMaxInstances개 있을 때 CreateNamedPipe를 더 호출하면 FILE_FLAG_FIRST_PIPE_INSTANCE와 접근 모드를 검사하기 전에 ERROR_PIPE_BUSY 오류로 실패한다.',
  'K.10':
    '가짜 핸들에 대한 GetHandleInformation은 플래그 0을 돌려주고, 가짜 핸들에 대한 SetHandleInformation은 ERROR_ACCESS_DENIED 오류로 실패한다.',
  'K.11': '실패한 DuplicateHandle은 *lpTargetHandle에 NULL을 쓴다.',
  'K.12':
    '익명 파이프의 끝도 SetNamedPipeHandleState로 PIPE_NOWAIT 모드가 될 수 있으며, 그 뒤에는 PIPE_NOWAIT인 이름 있는 파이프의 끝처럼 읽고 쓴다.',
  'K.13':
    '파이프나 메일슬롯을 여는 CreateFile도 성공한 CreateFile이 늘 그렇듯 마지막 오류를 설정한다: 0, 또는 CREATE_ALWAYS / OPEN_ALWAYS이면 ERROR_ALREADY_EXISTS.',
  'K.14':
    '콘솔 프로세스는 콘솔 가짜 핸들 세 개, 0x100003 (표준 입력), 0x100007 (표준 출력), 0x10000B (표준 오류)를 가진다: 핸들 테이블에는 그 행이 없다. CloseHandle은 각각을 한 번 닫을 수 있고, 그 뒤에는 ERROR_INVALID_HANDLE 오류가 난다.',
  'K.15':
    '일시 중단되지 않은 스레드에 대한 ResumeThread는 0을 반환한다. SuspendThread는 이전 서스펜드 카운트를 반환하며, 종료한 스레드에서는 ERROR_ACCESS_DENIED 오류로, 127을 넘으면 ERROR_SIGNAL_REFUSED 오류로 실패한다. 스레드 핸들이 아닌 핸들을 주면 ERROR_INVALID_HANDLE 오류와 함께 (DWORD)-1을 반환한다.',
  'K.16':
    'nStdHandle이 STD_INPUT/OUTPUT/ERROR_HANDLE 이외의 값이면 GetStdHandle과 SetStdHandle은 ERROR_INVALID_HANDLE 오류로 실패한다(GetStdHandle은 INVALID_HANDLE_VALUE를 반환한다). SetStdHandle은 어떤 값이든 검사 없이 저장한다.',
  'K.17':
    'x64에서 스레드 속성 목록은 24 + 속성당 24바이트를 차지한다. NULL이나 작은 버퍼로 크기를 물으면 ERROR_INSUFFICIENT_BUFFER 오류와 함께 필요한 크기를 알려 준다. 모르는 속성은 ERROR_NOT_SUPPORTED, 크기가 8의 배수가 아닌 핸들 목록은 ERROR_BAD_LENGTH, 두 번 주어진 속성은 ERROR_OBJECT_NAME_EXISTS, 가득 찬 목록은 ERROR_GEN_FAILURE 오류가 된다.',
  'K.18':
    '핸들 목록에는 호출한 프로세스의 상속 가능한 핸들만 넣을 수 있다: 다른 것이 있으면 CreateProcess가 ERROR_INVALID_PARAMETER 오류로 실패한다. bInheritHandles가 FALSE이면 목록은 무시되고 아무것도 상속되지 않는다.',
  'K.19':
    'lpCurrentDirectory는 존재하는 디렉터리여야 한다: 시뮬레이션 디스크에는 C:\\ 하나만 있다("."와 "\\"도 그 디렉터리이다). 다른 디렉터리는 ERROR_DIRECTORY 오류가 되며, 이 검사는 실행 파일을 찾은 뒤에 한다.',
  'K.20':
    '버퍼가 너무 작으면 ExpandEnvironmentStrings는 들어가는 만큼 복사해 NUL로 끝맺고, 필요한 크기를 반환하며 ERROR_INSUFFICIENT_BUFFER를 설정한다.',
  'K.21':
    'STARTF_USESTDHANDLES가 없으면 DETACHED_PROCESS 자식 프로세스는 콘솔이 없고 표준 핸들도 NULL이다. CREATE_NEW_CONSOLE 자식 프로세스는 새 콘솔의 핸들을 받는다.',

  // C 런타임 (표준 핸들 위의 stdio)
  'C.1':
    '리디렉션된 stdout이나 stderr(콘솔이 아닌 파이프나 파일)는 C 런타임이 버퍼링한다: 바이트는 4096바이트가 모였을 때, fflush를 호출할 때, 또는 프로세스가 main에서 반환하거나 exit나 ExitProcess로 끝날 때에만 WriteFile로 핸들에 전달된다. TerminateProcess나 비정상 종료(crash)가 일어나면 그 바이트는 사라진다.',
  'C.2':
    'stdin, stdout, stderr는 텍스트 스트림이다: "\\n"은 파이프에 "\\r\\n"으로 전달되고, 리디렉션된 stdin에서 읽은 "\\r\\n"은 "\\n"이 된다.',
  'C.3':
    'C 런타임은 프로세스가 시작할 때 받은 표준 핸들에 쓴다(나중에 SetStdHandle을 불러도 printf의 출력 대상은 바뀌지 않는다). 아무것도 상속되지 않았을 때처럼 핸들이 NULL이면 출력은 사라지고 printf는 -1을 반환한다.',
  'C.4':
    '리디렉션된 stdin은 ReadFile로 최대 4096바이트씩 C 런타임의 버퍼로 읽힌다. scanf와 fgets는 그 버퍼에서 읽으며, 버퍼가 바닥났을 때에만 더 들어오기를 기다린다. 쓰는 쪽이 모두 사라진 파이프는 파일 끝(EOF)으로 읽힌다.',
  'F.1':
    'NULL이거나 빈 파일 이름은 ERROR_PATH_NOT_FOUND 오류가 되고, <>"|?*가 들어간 이름은 ERROR_INVALID_NAME 오류가 된다.',
  'F.2':
    'CreateFile의 생성 방식: CREATE_NEW는 파일이 이미 있으면 실패한다(ERROR_FILE_EXISTS (80)). CREATE_ALWAYS와 OPEN_ALWAYS는 파일이 이미 있었으면 성공하되 마지막 오류를 ERROR_ALREADY_EXISTS로 설정한다. OPEN_EXISTING과 TRUNCATE_EXISTING은 파일이 있어야 한다.',
  'F.3':
    '파일 읽기와 쓰기는 파일 위치에서 시작하고 그 위치를 옮긴다. 파일 끝에서 읽으면 0바이트와 함께 TRUE를 반환한다.',
  'F.4':
    '없는 파일에 대한 DeleteFile은 ERROR_FILE_NOT_FOUND 오류가 되고, 열려 있는 파일을 지우면 여기서는 ERROR_SHARING_VIOLATION 오류가 된다.',
  'F.5':
    'GetFileSize는 파일 크기를 알려 주고, SetFilePointer는 파일 위치를 옮기고 새 위치를 알려 준다. 시작보다 앞으로 옮기면 ERROR_NEGATIVE_SEEK (131) 오류가 된다.',
};
